# Frontdoor: words on screen, Polish (plain words).
# NEEDS REVIEW: written by the Frontdoor team, not yet checked by a fluent
# speaker. Have a fluent Polish speaker review every line before live use.
# Message ids and variables match the source locale, en-GB.
# Plural categories for Polish: one, few, many, other.

## The language itself
language-name = Polski
language-direction = ltr

## Every screen
language-button = Język
language-close = Zamknij
back = Wstecz
start-again = Zacznij od nowa
help-button = Poproś o pomoc pracownika
help-asked-short = Pracownik już idzie
help-asked-heading = Poprosiliśmy pracownika, aby do Ciebie podszedł
help-asked-body = Zostań tutaj. Ktoś zaraz do Ciebie przyjdzie. Twoje odpowiedzi są zachowane.
help-carry-on = Kontynuuję sam
help-calling = Wzywamy pracownika…
help-told-heading = Pracownik został powiadomiony
help-told-body = Zostań tutaj. Ktoś zaraz do Ciebie przyjdzie. Twoje odpowiedzi są zachowane.
help-desk-heading = Zapytaj w punkcie pomocy
help-desk-failed = Nie udało się powiadomić pracownika z tego terminala. Twoje odpowiedzi są zachowane.
help-desk-no-one-came = Nikt jeszcze nie przyszedł. Przepraszamy, że musisz czekać. Twoje odpowiedzi są zachowane.
help-desk-default = Zapytaj przy głównym stanowisku, a pracownik Ci pomoże.
help-call-again = Wezwij ponownie
continue = Dalej
finish = Zakończ

## Read aloud
speech-start = Czytaj na głos
speech-stop = Przestań czytać
speech-missing = Czytanie na głos nie jest dostępne na tym terminalu
speech-louder = Głośniej
speech-quieter = Ciszej
speech-field = Pole tekstowe

## Inactivity
idle-heading = Czy nadal tu jesteś?
idle-body = Aby chronić Twoje dane, ten ekran zostanie wyczyszczony za { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
idle-seconds = { $seconds ->
    [one] { $seconds } sekunda
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}
idle-still-here = Nadal tu jestem

## Welcome
welcome-heading = Witamy w { $site }
welcome-intro = Zgłoś problem, złóż wniosek albo powiadom urząd o zmianie. Większość spraw zajmuje około 5 minut.
choose-language = Wybierz język
choose-text-size = Wybierz wielkość tekstu
size-standard = Zwykły
size-large = Duży
size-largest = Największy
choose-colours = Wybierz kolory
colours-standard = Ciemny tekst na białym tle
colours-high-contrast = Jasny tekst na czarnym tle
start = Zacznij

## Services
services-heading = W czym potrzebujesz pomocy?
search-open = Wyszukaj usługę
group-other = Inne usługi
group-count = { $count ->
    [one] { $count } usługa
    [few] { $count } usługi
    [many] { $count } usług
   *[other] { $count } usługi
}
search-heading = Wyszukaj usługę
search-hint = Wpisz słowo, na przykład pojemnik, worki albo podatek. Słowa po angielsku też działają.
search-none = Żadna usługa nie pasuje do „{ $query }”. Spróbuj innego słowa albo wróć, aby zobaczyć wszystkie usługi.
search-count = { $count ->
    [one] Znaleziono { $count } usługę
    [few] Znaleziono { $count } usługi
    [many] Znaleziono { $count } usług
   *[other] Znaleziono { $count } usługi
}

## Check progress
progress-open = Sprawdź, co dzieje się ze zgłoszeniem
progress-heading = Sprawdź, co dzieje się ze zgłoszeniem
progress-hint = Wpisz numer referencyjny z paragonu albo przyłóż kod QR z paragonu do skanera. Numer ma 10 liter i cyfr, na przykład ACDE 346 79E.
progress-check = Sprawdź
progress-looking = Szukamy Twojego zgłoszenia.
progress-reference = Numer { $reference }
progress-waiting = Twoje zgłoszenie jest zapisane na tym terminalu i czeka na wysłanie do urzędu. Zapisano je o { $time } dnia { $date }. Zostanie wysłane, gdy wróci połączenie.
progress-parked = Twoje zgłoszenie jest zapisane na tym terminalu, ale system urzędu go nie przyjął. Pracownik to załatwi. Zapytaj przy ladzie, jeśli chcesz wiedzieć więcej.
progress-sent-untracked = Twoje zgłoszenie zostało wysłane do urzędu. System urzędu nie podaje postępów dla tego rodzaju zgłoszeń.
progress-open-status = Urząd zajmuje się Twoim zgłoszeniem.
progress-closed-status = Urząd zakończył sprawę Twojego zgłoszenia.
progress-notes = Ostatnia informacja: { $notes }
progress-agency = Zajmuje się tym: { $agency }
progress-offline = Twoje zgłoszenie zostało wysłane do urzędu, ale teraz nie możemy połączyć się z systemem urzędu, aby sprawdzić postęp. Spróbuj później.
progress-not-here = Ten numer nie został utworzony na tym terminalu, więc nie można tu sprawdzić postępu. Zapytaj pracownika albo zadzwoń do urzędu.
progress-word-waiting = zapisane tutaj i czeka na wysłanie
progress-word-staff = czeka na pracownika
progress-word-received = wysłane do urzędu
progress-word-open = w trakcie załatwiania
progress-word-closed = zakończone
progress-word-booked = zarezerwowana
progress-word-cancelled = odwołana
progress-glimpse = { $service }: { $status }.
progress-glimpse-more = Aby zobaczyć więcej albo wydrukować potwierdzenie jeszcze raz, przyłóż kod QR z potwierdzenia do skanera albo zapytaj pracownika.
progress-glimpse-slip = Aby zgłosić przybycie, przyłóż kod QR z biletu do skanera albo zapytaj pracownika.
progress-too-many = W ciągu ostatnich minut nie znaleziono tu zbyt wielu numerów. Spróbuj ponownie za { $minutes } min albo zapytaj pracownika.
error-reference-empty = Wpisz numer referencyjny. Jest wydrukowany na paragonie.
error-reference-length = Numer referencyjny ma 10 liter i cyfr. Wpisano { $count }.
error-reference-character = Numer referencyjny nie zawiera znaku „{ $character }”. Porównaj go z paragonem.
error-reference-check = Ten numer referencyjny jest błędny. Porównaj każdą literę i cyfrę z paragonem.

## Signposts
signpost-phone = Telefon
signpost-web = Strona internetowa
signpost-visit = Adres
signpost-hours = Godziny otwarcia
signpost-photo = Możesz zrobić zdjęcie tego ekranu, aby zachować te dane.

## Journey pages
step-of = Pytanie { $step } z { $total }
info-heading = Zanim przejdziesz dalej
optional-question = { $question } (nieobowiązkowe)
error-summary = Jest problem
postcode-heading = Jaki jest kod pocztowy?
postcode-hint = Na przykład DE1 2AB.
postcode-unknown = Nie znam kodu pocztowego
house-heading = Jaki jest numer albo nazwa domu?
house-hint = Na przykład 14 albo Rose Cottage. Przy mieszkaniu podaj też numer mieszkania.
landmark-heading = Gdzie to jest?
landmark-hint = Opisz miejsce tak, aby ktoś mógł je znaleźć. Na przykład przed 12 High Street albo przy bramie Victoria Park.
contact-heading = Jak mamy się z Tobą skontaktować w tej sprawie?
contact-hint = Twoich danych używamy tylko do tego zgłoszenia.
contact-phone = Telefonicznie
contact-email = E-mailem
contact-none = Nie kontaktujcie się ze mną
phone-heading = Jaki jest Twój numer telefonu?
phone-hint = Brytyjski numer stacjonarny albo komórkowy, na przykład 01632 960 001 albo 07700 900 982.
email-heading = Jaki jest Twój adres e-mail?
email-hint = Na przykład imie@example.com.
name-heading = Jak się nazywasz?

## Date picker
date-today = Dzisiaj
date-yesterday = Wczoraj
skip-question = Pomiń to pytanie
date-unknown = Nie znam daty
date-none-chosen = Data nie jest jeszcze wybrana.
date-another = Wcześniejsza data
date-day-before = Dzień wcześniej
date-day-after = Dzień później
date-month-before = Miesiąc wcześniej
date-month-after = Miesiąc później
date-year-before = Rok wcześniej
date-year-after = Rok później
date-long = { $weekday }, { $day } { $month } { $year }
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## On-screen keyboard
keyboard-hide = Ukryj klawiaturę
keyboard-show = Pokaż klawiaturę
key-space = Spacja
key-delete = Usuń
key-clear = Wyczyść
key-capitals = Wielkie litery
key-lower-case = Małe litery
key-more-letters = Więcej liter

## Errors: say what to do
error-enter-text = Wpisz odpowiedź w polu
error-enter-number = Wpisz liczbę, na przykład 2
error-whole-number = Wpisz liczbę całkowitą, na przykład 2
error-number-range = Wpisz liczbę od { $min } do { $max }
error-choose-one = Wybierz jedną z odpowiedzi
error-choose-at-least-one = Wybierz co najmniej jedną odpowiedź
error-date-not-future = Data musi być dzisiejsza albo wcześniejsza
error-date-not-past = Data musi być dzisiejsza albo późniejsza
error-too-long = Odpowiedź może mieć najwyżej { $max } znaków. Teraz ma { $typed }.
error-enter-postcode = Wpisz kod pocztowy albo wybierz „Nie znam kodu pocztowego”
error-postcode-format = Wpisz pełny brytyjski kod pocztowy, na przykład DE1 2AB
error-enter-house = Wpisz numer albo nazwę domu
error-enter-landmark = Opisz, gdzie to jest
error-choose-contact = Wybierz, jak mamy się z Tobą kontaktować
error-enter-phone = Wpisz numer telefonu
error-phone-format = Wpisz brytyjski numer telefonu, na przykład 01632 960 001 albo 07700 900 982
error-enter-email = Wpisz adres e-mail
error-email-format = Wpisz adres e-mail ze znakiem @, na przykład imie@example.com
consent-text-reference = Wyślij mi numer sprawy SMS-em
consent-email-reference = Wyślij mi numer sprawy e-mailem
consent-remind = Przypomnij mi SMS-em dzień wcześniej
consent-updates = Powiadom mnie, gdy urząd zaktualizuje moją sprawę
notices-heading = Czy chcesz, żebyśmy coś Ci wysłali?
notices-hint = Zaznacz, co chcesz. Możesz nic nie zaznaczać. Wysyłamy tylko to, co zaznaczysz.
row-notices = Wyślemy Ci
notices-none = Nic
error-not-a-mobile = SMS-y możemy wysyłać tylko na numer komórkowy. Zmień numer albo odznacz SMS.
receipt-notices = Poprosiłeś(-aś) nas o wysłanie
appt-texts-heading = Czy chcesz dostać SMS o tej wizycie?
appt-text-details = Wyślij mi SMS-em szczegóły wizyty
appt-texts-mobile-hint = Brytyjski numer komórkowy, na przykład 07700 900 982. Używamy go tylko do tych SMS-ów.
error-enter-mobile = Wpisz numer telefonu komórkowego
error-mobile-format = Wpisz brytyjski numer komórkowy, na przykład 07700 900 982
error-enter-name = Wpisz swoje imię i nazwisko

## Check your answers
check-heading = Sprawdź swoje odpowiedzi
check-send-heading = Teraz wyślij zgłoszenie
check-send-body = Po wysłaniu zgłoszenie zostanie zapisane na tym terminalu, a potem wysłane do urzędu.
send = Wyślij
change = Zmień
not-given = Nie podano
row-postcode = Kod pocztowy
row-house = Numer albo nazwa domu
row-landmark = Gdzie to jest
row-contact-method = Jak się z Tobą kontaktować
row-phone = Numer telefonu
row-email = Adres e-mail
row-name = Imię i nazwisko

## Saving and confirmation
saving-heading = Zapisujemy Twoje zgłoszenie
saving-body = To chwilę potrwa.
save-failed-heading = Nie udało się zapisać zgłoszenia
save-failed-body = Na tym terminalu coś poszło nie tak. Nic nie zostało wysłane. Twoje odpowiedzi nadal tu są: spróbuj ponownie albo poproś pracownika o pomoc.
try-again = Spróbuj ponownie
confirmation-heading = Zgłoszenie zapisane
your-reference = Twój numer referencyjny to
reference-keep = Zapisz numer referencyjny albo zrób mu zdjęcie. Będzie potrzebny, aby sprawdzić postęp.
what-next = Co dalej
saved-here = Twoje zgłoszenie jest zapisane na tym terminalu. Zostanie wysłane do urzędu, gdy terminal połączy się z siecią.
saved-will-send = Twoje zgłoszenie jest zapisane na tym terminalu i zostanie wysłane do urzędu od razu albo gdy tylko wróci połączenie.
rating-question = Jak się dziś korzystało z tego terminala?
rating-thanks = Dziękujemy za opinię.
rating-very-good = Bardzo dobrze
rating-good = Dobrze
rating-neither = Ani dobrze, ani źle
rating-poor = Źle
rating-very-poor = Bardzo źle

## Receipts and the printer
receipt-date-time = { $date }, godz. { $time }
receipt-saved = Zapisano: { $when }
receipt-reference = Twój numer referencyjny
receipt-scan = Zeskanuj ten kod aparatem telefonu, aby zobaczyć postęp zgłoszenia.
receipt-scan-terminal = Aby sprawdzić postęp, wybierz „Sprawdź, co dzieje się ze zgłoszeniem” na terminalu urzędu i przyłóż ten kod do skanera.
receipt-contact = Kontakt z urzędem
receipt-keep = Zachowaj ten paragon. Nie ma na nim danych osobowych.
receipt-appointment = Twoja wizyta
receipt-appointment-place = Gdzie: { $place }
receipt-appointment-bring = Zabierz ze sobą: { $items }
receipt-appointment-provisional = Ta rezerwacja nie jest jeszcze potwierdzona, bo terminal nie miał połączenia. Pracownicy ją potwierdzą. Zabierz ten paragon ze sobą.
receipt-test = Test drukarki
receipt-test-paper = Papier ma szerokość { $dots } punktów.
receipt-test-pound = Znak funta: £5.00
receipt-test-qr = Aparat telefonu powinien odczytać ten kod jako ACDE34679E.
printer-printing = Drukujemy paragon…
printer-printed = Paragon został wydrukowany. Weź go z drukarki.
printer-out-of-paper = W drukarce skończył się papier. Twoje zgłoszenie jest zapisane. Oto Twój numer referencyjny na ekranie — możesz zrobić zdjęcie tego kodu QR.
printer-cover-open = Pokrywa drukarki jest otwarta, więc nie może drukować. Twoje zgłoszenie jest zapisane. Oto Twój numer referencyjny na ekranie — możesz zrobić zdjęcie tego kodu QR.
printer-not-working = Drukarka teraz nie działa. Twoje zgłoszenie jest zapisane. Oto Twój numer referencyjny na ekranie — możesz zrobić zdjęcie tego kodu QR.
printer-stopped = Drukarka zatrzymała się przed końcem paragonu. Twoje zgłoszenie jest zapisane. Oto Twój numer referencyjny na ekranie — możesz zrobić zdjęcie tego kodu QR.
printer-none = Ten terminal nie drukuje paragonów. Twoje zgłoszenie jest zapisane. Oto Twój numer referencyjny na ekranie — możesz zrobić zdjęcie tego kodu QR.
print-again = Drukuj ponownie
receipt-photograph = Ten kod zawiera Twój numer referencyjny. Możesz zrobić mu zdjęcie.
print-receipt = Wydrukuj paragon

## Staff
staff-heading = Logowanie pracownika
staff-pin-hint = Wpisz swój PIN.
staff-number-hint = Wpisz swój numer pracownika.
staff-number-shown = Numer pracownika: { $number }
staff-next = Dalej
staff-change-number = Zmień numer pracownika
staff-wrong = Numer pracownika i PIN nie pasują do siebie.
staff-wrong-left = Ten PIN jest błędny dla tego numeru pracownika. Prób do zablokowania: { $left }.
staff-account-locked = Ten numer pracownika jest zablokowany do { $time }. Administrator może go odblokować wcześniej.
staff-sign-in = Zaloguj
staff-cancel = Anuluj
staff-checking = Sprawdzamy…
staff-signed-in = Zalogowano: { $name }
staff-assist = Zacznij sesję z pomocą
staff-assisting = Sesja z pomocą: { $name }
staff-sign-out = Wyloguj
staff-unavailable = Logowanie pracowników nie działa na tym terminalu.

## The hub view (staff)
hub-open = Widok punktu
hub-heading = Ten terminal
hub-today = Dzisiaj
hub-week = Ten tydzień
hub-month = Ten miesiąc
hub-outbox = Zgłoszenia na tym terminalu
hub-waiting = Czeka na wysłanie: { $count }
hub-sent = Wysłane: { $count }
hub-attention = Odrzucone przez system urzędu: { $count }
hub-retry = Wyślij ponownie
hub-printer = Drukarka
hub-printer-ok = Działa
hub-journeys = Sprawy
hub-started = Rozpoczęte
hub-completed = Zakończone
hub-abandoned = Przerwane
hub-abandoned-at = Najczęściej przerywane na: { $step }
hub-assisted = Z pomocą asystenta cyfrowego: { $percent }%
hub-help = Prośby o pomoc: { $count }
hub-languages = Języki
hub-satisfaction-heading = Zadowolenie
hub-satisfaction = { $percent }% ocen było dobrych lub bardzo dobrych
hub-target-met = Cel { $target }%: osiągnięty
hub-target-missed = Cel { $target }%: nieosiągnięty
hub-no-ratings = Brak ocen
hub-export = Zapisz jako CSV
hub-exported = Zapisano w { $path }
hub-export-failed = Nie udało się zapisać: { $reason }

## Appointments: check-in and the hub
progress-checked-in = Zarejestrowano Twoje przybycie na wizytę: { $type }, godz. { $time }. Usiądź w poczekalni: doradca Cię zawoła.
progress-already-in = Twoje przybycie na wizytę ({ $type }, godz. { $time }) jest już zarejestrowane. Doradca Cię zawoła.
progress-other-day = Twoja wizyta ({ $type }) jest { $date } o { $time }, nie dzisiaj. Przyjdź wtedy albo zapytaj pracownika.
progress-provisional = Twoja wizyta ({ $type }) { $date } o { $time } nie jest jeszcze potwierdzona. Powiedz pracownikowi, że jesteś.
progress-conflict = Jest problem z Twoją wizytą ({ $type }). Powiedz pracownikowi, że jesteś.
hub-appointments = Dzisiejsze wizyty
hub-no-appointments = Dziś nie ma wizyt
hub-arrived = Przybył
hub-not-arrived = Jeszcze nie przybył
hub-provisional = Jeszcze niepotwierdzona
hub-conflict = Potrzebny pracownik: termin zajęty

## Booking appointments
appt-kind-heading = W czym potrzebujesz pomocy?
appt-length = około { $minutes } min
appt-loading = Szukamy wolnych terminów…
appt-day-heading = Który dzień ci pasuje?
appt-day-hint = Widać tylko dni z wolnym terminem.
appt-time-heading = Która godzina ci pasuje?
appt-day-full = Na ten dzień nie ma już wolnych terminów. Wróć i wybierz inny dzień.
appt-none = W najbliższych 4 tygodniach nie ma wolnych terminów. Poproś pracownika: pomoże ci w inny sposób.
appt-offline = Nie można teraz połączyć się z kalendarzem punktu. Nadal możesz się umówić: termin zostanie zapisany na tym terminalu, a pracownik go potwierdzi.
appt-lost = Ktoś właśnie zarezerwował { $time }. Najbliższy wolny termin to { $next }.
appt-lost-none = Ktoś właśnie zarezerwował ten termin i w najbliższych 4 tygodniach nie ma już wolnych terminów.
appt-take-next = Zarezerwuj { $next }
appt-check-heading = Sprawdź swoją wizytę
appt-what = Sprawa
appt-when = Kiedy
appt-where = Gdzie
appt-bring = Co przynieść
appt-book = Zarezerwuj tę wizytę
appt-move = Przenieś na ten termin
appt-other-time = Wybierz inny termin
appt-booking = Rezerwujemy wizytę…
appt-failed = Nie udało się zarezerwować wizyty. Poproś pracownika o pomoc.
appt-move-failed = Wizyta nie została przeniesiona: { $reason }
appt-move-heading = Przenieś wizytę
appt-booked-heading = Wizyta jest zarezerwowana
appt-provisional-heading = Termin jest wstępnie zapisany
appt-moved-heading = Wizyta została przeniesiona
appt-provisional = Ten terminal nie mógł połączyć się z kalendarzem punktu, więc termin jest zapisany tutaj, dopóki pracownik go nie potwierdzi. Przynieś ze sobą bilet.
slip-next-steps = Po przyjściu przyłóż kod QR z tego biletu do skanera kiosku albo pokaż go pracownikowi.
hub-book = Umów wizytę dla mieszkańca
hub-upcoming = Nadchodzące wizyty
hub-move = Przenieś
hub-cancel = Odwołaj
hub-cancel-confirm = Odwołać wizytę { $type } o { $time } w dniu { $date }?
hub-cancel-yes = Tak, odwołaj
hub-cancel-no = Nie, zostaw
hub-cancelled = Wizyta jest odwołana, a termin znów jest wolny.
hub-cancel-failed = Wizyta nie została odwołana: { $reason }
hub-network = Połączenie z urzędem
hub-network-none = Nie ustawiono systemu urzędu: zgłoszenia zostają na tym terminalu.
hub-network-waiting = Jeszcze nie sprawdzano.
hub-network-ok = System urzędu odpowiedział o { $time }.
hub-network-down = System urzędu nie odpowiedział o { $time }. Zgłoszenia czekają tutaj i zostaną wysłane, gdy odpowie.
out-of-order = Ten terminal chwilowo nie działa. Poproś pracownika o pomoc.
hub-exported-stick = Zapisano na pendrive: { $path }

# Payments
pay-error-reference-missing = Wpisz numer z rachunku lub listu.
pay-error-reference-pattern = To nie wygląda jak numer z rachunku. Sprawdź go i spróbuj ponownie.
pay-error-reference-check = W tym numerze jest błąd. Porównaj każdą cyfrę z rachunkiem.
pay-error-amount-low = Wpisz co najmniej { $min }.
pay-error-amount-high = Wpisz nie więcej niż { $max }.
pay-error-amount-unreadable = Wpisz kwotę w funtach i pensach, na przykład 12.50.
pay-error-quantity = Wybierz od 1 do { $max }.
pay-progress-scan = Zeskanuj kod aparatem telefonu, aby zapłacić. Kod zniknie, gdy otworzysz stronę płatności.
pay-progress-opened = Dokończ płatność w telefonie. Ten ekran zmieni się, gdy płatność zostanie zakończona.
pay-progress-reader = Postępuj zgodnie z instrukcjami na czytniku kart.
pay-progress-paid = Zapłacono
pay-progress-declined = Płatność została odrzucona. Nie pobrano pieniędzy.
pay-progress-cancelled = Płatność została anulowana. Nie pobrano pieniędzy.
pay-progress-failed = Płatność nie przeszła. Nie pobrano pieniędzy.
pay-progress-checking = Sprawdzamy w serwisie płatności. Nie płać ponownie.
pay-pin-needed = Przy tej kwocie potrzebny będzie PIN.
pay-cash-only = Płatności kartą i telefonem teraz nie działają. Możesz zapłacić gotówką na poczcie (Post Office) lub w punkcie PayPoint.
pay-none-now = Nie można teraz za to tutaj zapłacić. Poproś o pomoc pracownika.
pay-receipt-title = Potwierdzenie płatności
pay-receipt-paid-on = Zapłacono { $when }
pay-receipt-quantity = Ilość: { $quantity }
pay-receipt-council-reference = Numer: { $reference }
pay-receipt-fund = Fundusz: { $fund }
pay-receipt-amount = Zapłacona kwota
pay-receipt-vat = W tym VAT { $rate }%: { $vat }
pay-receipt-vat-number = Numer VAT: { $number }
pay-receipt-card = Karta: { $brand } kończąca się na { $last4 }
pay-receipt-application = Aplikacja: { $aid } { $name }
pay-receipt-authorisation = Kod autoryzacji: { $code }
pay-receipt-verified-pin = Potwierdzono kodem PIN
pay-receipt-verified-signature = Potwierdzono podpisem
pay-receipt-verified-device = Potwierdzono na urządzeniu posiadacza karty
pay-receipt-verified-none = Bez weryfikacji posiadacza karty (zbliżeniowo)
pay-receipt-verified-other = Weryfikacja posiadacza karty zapisana przez czytnik
pay-receipt-phone = Zapłacono online przez GOV.UK Pay
pay-receipt-transaction = Transakcja: { $id }
pay-receipt-payment-id = Numer płatności: { $id }
pay-receipt-keep = Zachowaj to potwierdzenie jako dowód zapłaty.
pay-cash-title = Jak zapłacić gotówką
pay-cash-amount = Kwota do zapłaty: { $amount }
pay-cash-reference = Twój numer
pay-cash-where-heading = Gdzie zapłacić
pay-cash-where = W każdym okienku Post Office lub w każdym sklepie ze znakiem PayPoint.
pay-cash-how-heading = Jak zapłacić
pay-cash-how = Weź ze sobą rachunek albo kartę płatniczą rady: w okienku zeskanują z niej kod kreskowy. Ten kwit nie ma kodu kreskowego. Jeśli nie masz rachunku, najpierw skontaktuj się z radą.
pay-cash-not-paid = Ten kwit nie jest potwierdzeniem zapłaty. Nic jeszcze nie zapłacono.
pay-cash-slip-printed = Kwit do zapłaty został wydrukowany. Weź go z drukarki.
pay-cash-keep = Zachowaj ten kwit, dopóki nie zapłacisz.

## Paying at the kiosk: the pages
pay-open = Zapłać urzędowi (council)
pay-what-heading = Za co chcesz zapłacić?
pay-price-each = { $price } za sztukę, do { $max } naraz
pay-price-range = Dowolna kwota od { $min } do { $max }
pay-reference-heading = Numer z rachunku lub listu
pay-reference-hint = Wpisz go tak, jak jest wydrukowany. Spacje i myślniki nie mają znaczenia.
pay-quantity-heading = Ile chcesz?
pay-quantity-choice = { $quantity }: { $total }
pay-amount-heading = Ile chcesz zapłacić?
pay-amount-hint = Wpisz kwotę od { $min } do { $max } w funtach i pensach, na przykład 12.50.
pay-amount-to-pay = Do zapłaty: { $amount }
pay-check-heading = Sprawdź płatność
pay-row-item = Za co płacisz
pay-row-reference = Numer
pay-row-quantity = Ile
pay-row-amount = Kwota
pay-row-payment-number = Numer płatności
pay-total = Razem do zapłaty: { $amount }
pay-total-vat = Zawiera VAT w wysokości { $vat }.
pay-choose-how = Wybierz sposób płatności
pay-how-heading = Jak chcesz zapłacić?
pay-how-checking = Sprawdzamy, które sposoby płatności teraz działają…
pay-method-phone = Zapłać telefonem
pay-method-phone-hint = Zeskanuj kod aparatem telefonu i zapłać na bezpiecznej stronie GOV.UK.
pay-method-card = Zapłać kartą tutaj
pay-method-card-hint = Użyj czytnika kart obok tego ekranu.
pay-method-cash = Zapłać gotówką na poczcie (Post Office) lub w PayPoint
pay-method-cash-hint = Wydrukujemy kartkę z informacją, gdzie i jak zapłacić. Płacisz później.
pay-declined-twice = Twoja karta została dwukrotnie odrzucona. Nie pobrano pieniędzy. Wybierz inny sposób płatności albo poproś o pomoc pracownika.
pay-starting = Przygotowujemy płatność…
pay-start-failed = Ten sposób płatności teraz nie działa. Nie pobrano pieniędzy. Wybierz inny.
pay-phone-heading = Zapłać telefonem
pay-card-heading = Zapłać kartą
pay-stop = Przerwij tę płatność
pay-stopping = Przerywamy płatność…
pay-not-paid-heading = Nie zapłacono
pay-other-way = Wybierz inny sposób płatności
pay-cash-heading = Zapłać gotówką

## Hub view: today's payments
hub-payments = Dzisiejsze płatności
hub-payments-none = Dziś nie było płatności.
hub-payments-failed = Nie udało się odczytać dzisiejszych płatności: { $reason }
hub-pay-count-unknown = Nieznane, sprawdzane w serwisie płatności: { $count }
hub-pay-count-under-way = Opłacane teraz: { $count }
hub-pay-count-not-posted = Zapłacone, jeszcze nieprzekazane do urzędu: { $count }
hub-pay-count-posted = Zapłacone i przekazane do urzędu: { $count }
hub-pay-count-not-paid = Niezapłacone (odrzucone, anulowane lub nieudane): { $count }
hub-pay-unknown = nieznana
hub-pay-under-way = w trakcie płatności
hub-pay-not-posted = zapłacona, jeszcze nieprzekazana
hub-pay-posted = zapłacona i przekazana
hub-pay-not-paid = niezapłacona

# Hub view: trends, help answer times, set-up and monitoring
hub-trends = Ostatnie 12 tygodni
hub-chart-journeys = Sprawy rozpoczęte i zakończone w każdym tygodniu
hub-chart-satisfaction = Zadowolenie w każdym tygodniu, w porównaniu z celami 85% i 95%
hub-chart-help = Prośby o pomoc w każdym tygodniu i odsetek spraw z pomocą asystenta cyfrowego
hub-legend-started = Rozpoczęte
hub-legend-finished = Zakończone
hub-legend-satisfied = Zadowoleni (%)
hub-legend-target = Cele
hub-legend-help = Prośby o pomoc
hub-legend-assisted = Z asystentem cyfrowym (%)
hub-week-line = Tydzień od { $date }: rozpoczęte { $started }, zakończone { $finished }, { $satisfied }, prośby o pomoc: { $help }, z asystentem cyfrowym: { $assisted }%.
hub-week-satisfied = zadowoleni: { $percent }%
hub-week-no-ratings = brak ocen
hub-help-answered = Wezwania pomocy w tygodniu od { $date }: wykonane { $calls }, odebrane { $answered }. Połowa odebrana w ciągu { $median } min, 9 na 10 w ciągu { $p90 } min.
hub-help-none-answered = Wezwania pomocy w tygodniu od { $date }: wykonane { $calls }, żadne nie zostało odebrane przez zalogowanie pracownika na tym terminalu.
hub-erase-soon = Odrzucone zgłoszenia, których dane osobowe zostaną usunięte w ciągu tygodnia: { $count }. Wyślij je ponownie lub zajmij się nimi wcześniej.
hub-setup = Konfiguracja i monitorowanie
hub-setup-fetched = Wersja konfiguracji { $version }, pobrana od rady o { $time } dnia { $date }.
hub-setup-local = Wersja konfiguracji { $version }, z własnego pliku tego terminala.
hub-setup-refused = Ostatni plik { $file } od rady nie został użyty: { $reason }
hub-metrics-on = Dane do monitorowania przez radę są dostępne pod adresem { $address }.
hub-metrics-off = Dane do monitorowania przez radę są wyłączone.
hub-metrics-failed = Nie udało się uruchomić danych do monitorowania przez radę: { $reason }
hub-help-calls = Wezwania pomocy
hub-week-by-week = Tydzień po tygodniu
## Addresses and streets from the gazetteer
addresses-heading = Wybierz adres pod kodem { $postcode }
address-not-listed = Mojego adresu nie ma na liście
addresses-none = Nie znaleźliśmy żadnych adresów pod kodem { $postcode }. Zamiast tego wpisz numer lub nazwę domu.
street-heading = Na jakiej to ulicy?
street-hint = Wpisz nazwę ulicy, na przykład Mill Lane, albo kod pocztowy.
streets-heading = Wybierz ulicę
streets-none = Nie znaleźliśmy ulicy o nazwie „{ $typed }”. Zamiast tego opisz, gdzie to jest.
street-in-town = { $street }, { $town }
near-heading = Przy którym numerze na { $street } to jest?
near-hint = Wybierz dom lub budynek najbliżej problemu.
describe-instead = Nie mogę tego znaleźć: opiszę miejsce
row-address = Adres
row-street = Ulica
row-near = W pobliżu
error-choose-address = Wybierz swój adres albo „Mojego adresu nie ma na liście”
error-enter-street = Wpisz nazwę ulicy albo kod pocztowy
error-choose-street = Wybierz ulicę albo opisz miejsce
error-choose-near = Wybierz najbliższy numer albo opisz miejsce

## Nearby reports
nearby-heading = Czy ktoś już to zgłosił?
nearby-hint = Te problemy w pobliżu zostały już zgłoszone i są załatwiane. Czy Twój jest wśród nich?
nearby-none-of-these = Żaden z nich: to nowy problem
nearby-distance = { $metres } m stąd
nearby-reported = { $days ->
    [one] Zgłoszono { $days } dzień temu
    [few] Zgłoszono { $days } dni temu
    [many] Zgłoszono { $days } dni temu
   *[other] Zgłoszono { $days } dnia temu
}
nearby-reported-today = Zgłoszono dzisiaj
nearby-out-of-date = Nie możemy teraz połączyć się z systemem urzędu, więc ta lista może być nieaktualna.
already-reported-heading = To zostało już zgłoszone
already-reported-body = Urząd wie o tym problemie i się nim zajmuje. Nie musisz zgłaszać go ponownie.
already-reported-follow = Wydrukuj jego numer, żeby śledzić postęp
already-reported-add = Wyślij także moje zgłoszenie
following-heading = Śledzisz to zgłoszenie
following-body = Urząd ma już to zgłoszenie. Zachowaj ten numer: wpisz go lub zeskanuj w Sprawdź postęp sprawy, aby zobaczyć, jak idzie.
following-receipt = Śledzisz zgłoszenie, które urząd już ma. Nic nowego nie zostało wysłane.
follow-failed = Teraz nie można śledzić tego zgłoszenia. Możesz zakończyć albo wysłać też swoje zgłoszenie.
places-looking = Szukamy…
streets-none-buildings = Przy tej ulicy nie ma żadnych domów ani budynków. Opisz zamiast tego, gdzie to jest.
