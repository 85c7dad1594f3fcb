# Frontdoor: words on screen, Romanian (plain words).
# NEEDS REVIEW: written by the Frontdoor team, not yet checked by a fluent
# speaker. Have a fluent Romanian speaker review every line before live use.
# Message ids and variables match the source locale, en-GB.
# Plural categories for Romanian: one, few, other.

## The language itself
language-name = Română
language-direction = ltr

## Every screen
language-button = Limba
language-close = Închide
back = Înapoi
start-again = Începe din nou
help-button = Cere ajutor de la personal
help-asked-short = Vine cineva
help-asked-heading = Am rugat pe cineva din personal să vină la dumneavoastră
help-asked-body = Rămâneți aici. Cineva va veni în curând. Răspunsurile dumneavoastră sunt păstrate.
help-carry-on = Continui singur
help-calling = Chemăm un angajat…
help-told-heading = Un angajat a fost anunțat
help-told-body = Rămâneți aici. Cineva va veni la dumneavoastră în curând. Răspunsurile dumneavoastră sunt păstrate.
help-desk-heading = Întrebați la biroul de ajutor
help-desk-failed = Nu am putut anunța niciun angajat de la acest terminal. Răspunsurile dumneavoastră sunt păstrate.
help-desk-no-one-came = Încă nu a venit nimeni. Ne pare rău că a trebuit să așteptați. Răspunsurile dumneavoastră sunt păstrate.
help-desk-default = Întrebați la biroul principal și un angajat vă va ajuta.
help-call-again = Chemați din nou
continue = Continuă
finish = Termină

## Read aloud
speech-start = Citește cu voce tare
speech-stop = Oprește citirea
speech-missing = Citirea cu voce tare nu este disponibilă pe acest terminal
speech-louder = Mai tare
speech-quieter = Mai încet
speech-field = Căsuță de text

## Inactivity
idle-heading = Mai sunteți aici?
idle-body = Ca să vă protejăm informațiile, acest ecran va fi golit în { $seconds ->
    [one] { $seconds } secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
}.
idle-seconds = { $seconds ->
    [one] { $seconds } secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
}
idle-still-here = Sunt încă aici

## Welcome
welcome-heading = Bun venit la { $site }
welcome-intro = Semnalați o problemă, faceți o cerere sau anunțați consiliul despre o schimbare. Cele mai multe lucruri durează cam 5 minute.
choose-language = Alegeți limba
choose-text-size = Alegeți mărimea textului
size-standard = Normal
size-large = Mare
size-largest = Foarte mare
choose-colours = Alegeți culorile
colours-standard = Text închis pe alb
colours-high-contrast = Text deschis pe negru
start = Începe

## Services
services-heading = Cu ce aveți nevoie de ajutor?
search-open = Căutați un serviciu
group-other = Alte servicii
group-count = { $count ->
    [one] { $count } serviciu
    [few] { $count } servicii
   *[other] { $count } de servicii
}
search-heading = Căutați un serviciu
search-hint = Scrieți un cuvânt, de exemplu gunoi, saci sau taxa. Merg și cuvinte în engleză.
search-none = Niciun serviciu nu se potrivește cu „{ $query }”. Încercați alt cuvânt sau mergeți înapoi ca să vedeți toate serviciile.
search-count = { $count ->
    [one] Am găsit { $count } serviciu
    [few] Am găsit { $count } servicii
   *[other] Am găsit { $count } de servicii
}

## Check progress
progress-open = Verificați stadiul unei cereri
progress-heading = Verificați stadiul unei cereri
progress-hint = Scrieți numărul de referință de pe chitanță sau țineți codul QR de pe chitanță sub scaner. Numărul are 10 litere și cifre, de exemplu ACDE 346 79E.
progress-check = Verifică
progress-looking = Căutăm cererea dumneavoastră.
progress-reference = Referința { $reference }
progress-waiting = Cererea dumneavoastră este salvată pe acest terminal și așteaptă să fie trimisă la consiliu. A fost salvată la ora { $time }, pe { $date }. Va fi trimisă când revine conexiunea.
progress-parked = Cererea dumneavoastră este salvată pe acest terminal, dar sistemul consiliului nu a acceptat-o. Cineva din personal se va ocupa. Întrebați la ghișeu dacă vreți să aflați mai mult.
progress-sent-untracked = Cererea dumneavoastră a fost trimisă la consiliu. Sistemul consiliului nu dă informații despre stadiul acestui tip de cerere.
progress-open-status = Consiliul se ocupă de cererea dumneavoastră.
progress-closed-status = Consiliul a terminat de rezolvat cererea dumneavoastră.
progress-notes = Ultima informație: { $notes }
progress-agency = Se ocupă: { $agency }
progress-offline = Cererea dumneavoastră a fost trimisă la consiliu, dar acum nu putem ajunge la sistemul consiliului ca să verificăm stadiul. Încercați mai târziu.
progress-not-here = Această referință nu a fost făcută pe acest terminal, deci stadiul ei nu poate fi verificat aici. Întrebați pe cineva din personal sau sunați la consiliu.
progress-word-waiting = salvată aici și așteaptă să fie trimisă
progress-word-staff = așteaptă pe cineva din personal
progress-word-received = trimisă la consiliu
progress-word-open = în lucru
progress-word-closed = încheiată
progress-word-booked = programată
progress-word-cancelled = anulată
progress-glimpse = { $service }: { $status }.
progress-glimpse-more = Pentru mai multe detalii, sau ca să tipăriți din nou chitanța, țineți codul QR de pe chitanță sub scaner, sau întrebați pe cineva din personal.
progress-glimpse-slip = Ca să vă anunțați sosirea, țineți codul QR de pe bilet sub scaner, sau întrebați pe cineva din personal.
progress-too-many = În ultimele minute, prea multe referințe nu au fost găsite aici. Încercați din nou peste { $minutes } minute, sau întrebați pe cineva din personal.
error-reference-empty = Scrieți numărul de referință. Este tipărit pe chitanță.
error-reference-length = Numărul de referință are 10 litere și cifre. Ați scris { $count }.
error-reference-character = Numărul de referință nu conține „{ $character }”. Comparați-l cu chitanța.
error-reference-check = Acest număr de referință nu este corect. Comparați fiecare literă și cifră cu chitanța.

## Signposts
signpost-phone = Telefon
signpost-web = Site web
signpost-visit = Adresa
signpost-hours = Program
signpost-photo = Puteți face o poză acestui ecran ca să păstrați aceste date.

## Journey pages
step-of = Întrebarea { $step } din { $total }
info-heading = Înainte să continuați
optional-question = { $question } (opțional)
error-summary = Este o problemă
postcode-heading = Care este codul poștal?
postcode-hint = De exemplu, DE1 2AB.
postcode-unknown = Nu știu codul poștal
house-heading = Care este numărul sau numele casei?
house-hint = De exemplu, 14 sau Rose Cottage. La apartament, scrieți și numărul apartamentului.
landmark-heading = Unde este?
landmark-hint = Descrieți locul ca să-l poată găsi cineva. De exemplu, în fața casei 12 High Street sau lângă poarta Victoria Park.
contact-heading = Cum să vă contactăm despre asta?
contact-hint = Folosim datele dumneavoastră doar pentru această cerere.
contact-phone = La telefon
contact-email = Pe e-mail
contact-none = Nu mă contactați
phone-heading = Care este numărul dumneavoastră de telefon?
phone-hint = Un număr fix sau mobil din Marea Britanie, de exemplu 01632 960 001 sau 07700 900 982.
email-heading = Care este adresa dumneavoastră de e-mail?
email-hint = De exemplu, nume@example.com.
name-heading = Cum vă numiți?

## Date picker
date-today = Azi
date-yesterday = Ieri
skip-question = Săriți peste această întrebare
date-unknown = Nu știu data
date-none-chosen = Nu ați ales încă o dată.
date-another = O dată mai veche
date-day-before = Ziua dinainte
date-day-after = Ziua următoare
date-month-before = Luna dinainte
date-month-after = Luna următoare
date-year-before = Anul dinainte
date-year-after = Anul următor
date-long = { $weekday }, { $day } { $month } { $year }
weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

## On-screen keyboard
keyboard-hide = Ascunde tastatura
keyboard-show = Arată tastatura
key-space = Spațiu
key-delete = Șterge
key-clear = Golește
key-capitals = Litere mari
key-lower-case = Litere mici
key-more-letters = Alte litere

## Errors: say what to do
error-enter-text = Scrieți răspunsul în căsuță
error-enter-number = Scrieți un număr, de exemplu 2
error-whole-number = Scrieți un număr întreg, de exemplu 2
error-number-range = Scrieți un număr de la { $min } la { $max }
error-choose-one = Alegeți unul dintre răspunsuri
error-choose-at-least-one = Alegeți cel puțin unul dintre răspunsuri
error-date-not-future = Data trebuie să fie azi sau în trecut
error-date-not-past = Data trebuie să fie azi sau în viitor
error-too-long = Răspunsul poate avea cel mult { $max } caractere. Acum are { $typed }.
error-enter-postcode = Scrieți codul poștal sau alegeți „Nu știu codul poștal”
error-postcode-format = Scrieți un cod poștal complet din Marea Britanie, de exemplu DE1 2AB
error-enter-house = Scrieți numărul sau numele casei
error-enter-landmark = Descrieți unde este
error-choose-contact = Alegeți cum să vă contactăm
error-enter-phone = Scrieți numărul de telefon
error-phone-format = Scrieți un număr de telefon din Marea Britanie, de exemplu 01632 960 001 sau 07700 900 982
error-enter-email = Scrieți adresa de e-mail
error-email-format = Scrieți o adresă de e-mail cu @, de exemplu nume@example.com
consent-text-reference = Trimiteți-mi referința prin SMS
consent-email-reference = Trimiteți-mi referința prin e-mail
consent-remind = Amintiți-mi prin SMS cu o zi înainte
consent-updates = Anunțați-mă când consiliul îmi actualizează cererea
notices-heading = Doriți să vă trimitem ceva?
notices-hint = Bifați ce doriți. Puteți să nu bifați nimic. Trimitem doar ce bifați.
row-notices = Vă vom trimite
notices-none = Nimic
error-not-a-mobile = Putem trimite mesaje doar la un număr de mobil. Schimbați numărul sau debifați mesajul.
receipt-notices = Ne-ați cerut să vă trimitem
appt-texts-heading = Doriți un mesaj despre această programare?
appt-text-details = Trimiteți-mi prin mesaj detaliile programării
appt-texts-mobile-hint = Un număr de mobil din Regatul Unit, de exemplu 07700 900 982. Îl folosim doar pentru aceste mesaje.
error-enter-mobile = Introduceți numărul de telefon mobil
error-mobile-format = Introduceți un număr de mobil din Regatul Unit, de exemplu 07700 900 982
error-enter-name = Scrieți numele dumneavoastră

## Check your answers
check-heading = Verificați răspunsurile
check-send-heading = Acum trimiteți cererea
check-send-body = Când o trimiteți, cererea este salvată pe acest terminal și apoi trimisă la consiliu.
send = Trimite
change = Schimbă
not-given = Nu ați spus
row-postcode = Cod poștal
row-house = Numărul sau numele casei
row-landmark = Unde este
row-contact-method = Cum vă contactăm
row-phone = Număr de telefon
row-email = Adresă de e-mail
row-name = Nume

## Saving and confirmation
saving-heading = Salvăm cererea dumneavoastră
saving-body = Durează o clipă.
save-failed-heading = Cererea nu a putut fi salvată
save-failed-body = Ceva nu a mers pe acest terminal. Nu s-a trimis nimic. Răspunsurile dumneavoastră sunt încă aici: încercați din nou sau cereți ajutor de la personal.
try-again = Încearcă din nou
confirmation-heading = Cerere salvată
your-reference = Numărul dumneavoastră de referință este
reference-keep = Notați numărul de referință sau faceți-i o poză. Aveți nevoie de el ca să verificați stadiul.
what-next = Ce urmează
saved-here = Cererea dumneavoastră este salvată pe acest terminal. Va fi trimisă la consiliu când terminalul are conexiune.
saved-will-send = Cererea dumneavoastră este salvată pe acest terminal și va fi trimisă la consiliu imediat sau de îndată ce revine conexiunea.
rating-question = Cum a fost să folosiți acest terminal azi?
rating-thanks = Vă mulțumim pentru părere.
rating-very-good = Foarte bine
rating-good = Bine
rating-neither = Nici bine, nici rău
rating-poor = Rău
rating-very-poor = Foarte rău

## Receipts and the printer
receipt-date-time = { $date }, ora { $time }
receipt-saved = Salvată: { $when }
receipt-reference = Numărul dumneavoastră de referință
receipt-scan = Scanați acest cod cu camera telefonului ca să vedeți stadiul cererii.
receipt-scan-terminal = Ca să vedeți stadiul, alegeți „Verificați stadiul unei cereri” pe un terminal al consiliului și țineți acest cod sub scaner.
receipt-contact = Contactați consiliul
receipt-keep = Păstrați această chitanță. Nu conține date personale.
receipt-appointment = Programarea dumneavoastră
receipt-appointment-place = Unde: { $place }
receipt-appointment-bring = Aduceți: { $items }
receipt-appointment-provisional = Această programare nu este încă confirmată, pentru că terminalul nu avea conexiune. Personalul o va confirma. Aduceți această chitanță cu dumneavoastră.
receipt-test = Test imprimantă
receipt-test-paper = Hârtie de { $dots } de puncte lățime.
receipt-test-pound = Semnul lirei: £5.00
receipt-test-qr = Camera unui telefon ar trebui să citească acest cod ca ACDE34679E.
printer-printing = Tipărim chitanța…
printer-printed = Chitanța a fost tipărită. Luați-o din imprimantă.
printer-out-of-paper = Imprimanta nu mai are hârtie. Cererea dumneavoastră este salvată. Aici este numărul de referință pe ecran — puteți fotografia acest cod QR.
printer-cover-open = Capacul imprimantei este deschis, așa că nu poate tipări. Cererea dumneavoastră este salvată. Aici este numărul de referință pe ecran — puteți fotografia acest cod QR.
printer-not-working = Imprimanta nu funcționează acum. Cererea dumneavoastră este salvată. Aici este numărul de referință pe ecran — puteți fotografia acest cod QR.
printer-stopped = Imprimanta s-a oprit înainte să termine chitanța. Cererea dumneavoastră este salvată. Aici este numărul de referință pe ecran — puteți fotografia acest cod QR.
printer-none = Acest terminal nu tipărește chitanțe. Cererea dumneavoastră este salvată. Aici este numărul de referință pe ecran — puteți fotografia acest cod QR.
print-again = Tipărește din nou
receipt-photograph = Acest cod conține numărul dumneavoastră de referință. Îi puteți face o poză.
print-receipt = Tipărește o chitanță

## Staff
staff-heading = Autentificare personal
staff-pin-hint = Scrieți PIN-ul.
staff-number-hint = Scrieți numărul de angajat.
staff-number-shown = Număr de angajat: { $number }
staff-next = Mai departe
staff-change-number = Schimbați numărul de angajat
staff-wrong = Numărul de angajat și PIN-ul nu se potrivesc.
staff-wrong-left = PIN-ul nu este corect pentru acest număr de angajat. Încercări rămase până la blocare: { $left }.
staff-account-locked = Acest număr de angajat este blocat până la { $time }. Un administrator îl poate debloca mai devreme.
staff-sign-in = Intră
staff-cancel = Anulează
staff-checking = Verificăm…
staff-signed-in = Autentificat: { $name }
staff-assist = Începe o sesiune asistată
staff-assisting = Sesiune asistată cu { $name }
staff-sign-out = Ieși
staff-unavailable = Autentificarea personalului nu funcționează pe acest terminal.

## The hub view (staff)
hub-open = Vederea centrului
hub-heading = Acest terminal
hub-today = Azi
hub-week = Săptămâna aceasta
hub-month = Luna aceasta
hub-outbox = Cereri pe acest terminal
hub-waiting = Așteaptă trimiterea: { $count }
hub-sent = Trimise: { $count }
hub-attention = Refuzate de sistemul consiliului: { $count }
hub-retry = Trimite din nou
hub-printer = Imprimantă
hub-printer-ok = Funcționează
hub-journeys = Parcursuri
hub-started = Începute
hub-completed = Terminate
hub-abandoned = Lăsate la jumătate
hub-abandoned-at = Cel mai des lăsate la: { $step }
hub-assisted = Cu ajutorul unui asistent digital: { $percent }%
hub-help = Cereri de ajutor: { $count }
hub-languages = Limbi
hub-satisfaction-heading = Mulțumire
hub-satisfaction = { $percent }% dintre note au fost bune sau foarte bune
hub-target-met = Ținta { $target }%: atinsă
hub-target-missed = Ținta { $target }%: neatinsă
hub-no-ratings = Încă nu sunt note
hub-export = Salvează ca CSV
hub-exported = Salvat în { $path }
hub-export-failed = Nu s-a putut salva: { $reason }

## Appointments: check-in and the hub
progress-checked-in = V-ați înregistrat pentru programarea { $type } de la ora { $time }. Luați loc în sala de așteptare: un consilier vă va chema.
progress-already-in = V-ați înregistrat deja pentru programarea { $type } de la ora { $time }. Un consilier vă va chema.
progress-other-day = Programarea { $type } este pe { $date } la ora { $time }, nu azi. Veniți atunci sau întrebați pe cineva din personal.
progress-provisional = Programarea { $type } de pe { $date } de la ora { $time } nu este încă confirmată. Spuneți cuiva din personal că ați venit.
progress-conflict = Este o problemă cu programarea { $type }. Spuneți cuiva din personal că ați venit.
hub-appointments = Programările de azi
hub-no-appointments = Azi nu sunt programări
hub-arrived = A venit
hub-not-arrived = Nu a venit încă
hub-provisional = Încă neconfirmată
hub-conflict = E nevoie de personal: ora a fost luată

## Booking appointments
appt-kind-heading = Cu ce aveți nevoie de ajutor?
appt-length = cam { $minutes } min
appt-loading = Căutăm ore libere…
appt-day-heading = Ce zi vă convine?
appt-day-hint = Apar doar zilele cu o oră liberă.
appt-time-heading = Ce oră vă convine?
appt-day-full = Nu mai sunt ore libere în această zi. Mergeți înapoi și alegeți altă zi.
appt-none = Nu sunt ore libere în următoarele 4 săptămâni. Întrebați un membru al personalului: vă poate ajuta altfel.
appt-offline = Agenda centrului nu poate fi accesată acum. Puteți face totuși programarea: ora este păstrată pe acest terminal, iar personalul o va confirma.
appt-lost = Cineva tocmai a rezervat ora { $time }. Următoarea oră liberă este { $next }.
appt-lost-none = Cineva tocmai a rezervat acea oră și nu mai sunt ore libere în următoarele 4 săptămâni.
appt-take-next = Rezervați { $next }
appt-check-heading = Verificați programarea
appt-what = Despre
appt-when = Când
appt-where = Unde
appt-bring = Ce să aduceți
appt-book = Rezervați această programare
appt-move = Mutați la această oră
appt-other-time = Alegeți altă oră
appt-booking = Se face programarea…
appt-failed = Programarea nu a putut fi făcută. Vă rugăm să întrebați un membru al personalului.
appt-move-failed = Programarea nu a fost mutată: { $reason }
appt-move-heading = Mutați o programare
appt-booked-heading = Programarea este făcută
appt-provisional-heading = Programarea este păstrată
appt-moved-heading = Programarea a fost mutată
appt-provisional = Acest terminal nu a putut accesa agenda centrului, așa că ora este păstrată aici până când personalul o confirmă. Aduceți biletul cu dumneavoastră.
slip-next-steps = Când ajungeți, țineți codul QR de pe acest bilet sub scanerul chioșcului, sau arătați-l cuiva din personal.
hub-book = Faceți o programare pentru un locuitor
hub-upcoming = Programări viitoare
hub-move = Mutați
hub-cancel = Anulați
hub-cancel-confirm = Anulați programarea { $type } de la ora { $time } din { $date }?
hub-cancel-yes = Da, anulați-o
hub-cancel-no = Nu, păstrați-o
hub-cancelled = Programarea este anulată, iar ora este din nou liberă.
hub-cancel-failed = Programarea nu a fost anulată: { $reason }
hub-network = Legătura cu primăria
hub-network-none = Nu este configurat niciun sistem al primăriei: cererile rămân pe acest terminal.
hub-network-waiting = Încă nu s-a încercat.
hub-network-ok = Sistemul primăriei a răspuns la { $time }.
hub-network-down = Sistemul primăriei nu a răspuns la { $time }. Cererile așteaptă aici și pleacă atunci când răspunde.
out-of-order = Acest terminal nu funcționează în acest moment. Vă rugăm să cereți ajutor unui membru al personalului.
hub-exported-stick = Salvat pe stickul USB: { $path }

# Payments
pay-error-reference-missing = Introduceți numărul de referință de pe factură sau scrisoare.
pay-error-reference-pattern = Acesta nu arată ca numărul de referință de pe factură. Verificați-l și încercați din nou.
pay-error-reference-check = Numărul de referință are o greșeală de tastare. Verificați fiecare cifră cu factura.
pay-error-amount-low = Introduceți cel puțin { $min }.
pay-error-amount-high = Introduceți cel mult { $max }.
pay-error-amount-unreadable = Introduceți suma în lire și pence, de exemplu 12.50.
pay-error-quantity = Alegeți de la 1 la { $max }.
pay-progress-scan = Scanați codul cu camera telefonului pentru a plăti. Codul dispare după ce deschideți pagina de plată.
pay-progress-opened = Terminați plata pe telefon. Acest ecran se va schimba când plata este gata.
pay-progress-reader = Urmați instrucțiunile de pe cititorul de carduri.
pay-progress-paid = Plătit
pay-progress-declined = Plata a fost refuzată. Nu s-au luat bani.
pay-progress-cancelled = Plata a fost anulată. Nu s-au luat bani.
pay-progress-failed = Plata nu a reușit. Nu s-au luat bani.
pay-progress-checking = Verificăm cu serviciul de plăți. Nu plătiți din nou.
pay-pin-needed = Pentru această sumă veți avea nevoie de PIN.
pay-cash-only = Plățile cu cardul și cu telefonul nu funcționează acum. Puteți plăti în numerar la un oficiu Post Office sau PayPoint.
pay-none-now = Acest lucru nu se poate plăti aici acum. Vă rugăm să cereți ajutor unui angajat.
pay-receipt-title = Chitanță de plată
pay-receipt-paid-on = Plătit pe { $when }
pay-receipt-quantity = Cantitate: { $quantity }
pay-receipt-council-reference = Referință: { $reference }
pay-receipt-fund = Fond: { $fund }
pay-receipt-amount = Suma plătită
pay-receipt-vat = Include TVA de { $rate }%: { $vat }
pay-receipt-vat-number = Cod TVA: { $number }
pay-receipt-card = Card: { $brand } care se termină cu { $last4 }
pay-receipt-application = Aplicație: { $aid } { $name }
pay-receipt-authorisation = Cod de autorizare: { $code }
pay-receipt-verified-pin = Verificat cu PIN
pay-receipt-verified-signature = Verificat cu semnătură
pay-receipt-verified-device = Verificat pe dispozitivul titularului
pay-receipt-verified-none = Fără verificarea titularului (contactless)
pay-receipt-verified-other = Verificarea titularului așa cum a înregistrat-o cititorul
pay-receipt-phone = Plătit online cu GOV.UK Pay
pay-receipt-transaction = Tranzacție: { $id }
pay-receipt-payment-id = Numărul plății: { $id }
pay-receipt-keep = Păstrați această chitanță ca dovadă a plății.
pay-cash-title = Cum plătiți în numerar
pay-cash-amount = Suma de plată: { $amount }
pay-cash-reference = Referința dumneavoastră
pay-cash-where-heading = Unde plătiți
pay-cash-where = La orice ghișeu Post Office sau în orice magazin cu semnul PayPoint.
pay-cash-how-heading = Cum plătiți
pay-cash-how = Luați cu dumneavoastră factura sau cardul de plată al consiliului: la ghișeu se scanează codul de bare de pe ele. Acest bilet nu are cod de bare. Dacă nu aveți factura, contactați mai întâi consiliul.
pay-cash-not-paid = Acest bilet nu este o chitanță. Nu s-a plătit încă nimic.
pay-cash-slip-printed = Biletul de plată a fost tipărit. Luați-l din imprimantă.
pay-cash-keep = Păstrați acest bilet până când plătiți.

## Paying at the kiosk: the pages
pay-open = Plătiți consiliului
pay-what-heading = Ce doriți să plătiți?
pay-price-each = { $price } bucata, până la { $max } o dată
pay-price-range = Orice sumă de la { $min } la { $max }
pay-reference-heading = Referința de pe factura sau scrisoarea dumneavoastră
pay-reference-hint = Scrieți-o așa cum este tipărită. Spațiile și liniuțele nu contează.
pay-quantity-heading = Câte doriți?
pay-quantity-choice = { $quantity }: { $total }
pay-amount-heading = Cât doriți să plătiți?
pay-amount-hint = Scrieți o sumă de la { $min } la { $max } în lire și penny, de exemplu 12.50.
pay-amount-to-pay = Suma de plată: { $amount }
pay-check-heading = Verificați plata
pay-row-item = Ce plătiți
pay-row-reference = Referință
pay-row-quantity = Câte
pay-row-amount = Suma
pay-row-payment-number = Numărul plății
pay-total = Total de plată: { $amount }
pay-total-vat = Include TVA de { $vat }.
pay-choose-how = Alegeți cum plătiți
pay-how-heading = Cum doriți să plătiți?
pay-how-checking = Verificăm ce moduri de plată funcționează acum…
pay-method-phone = Plătiți pe telefon
pay-method-phone-hint = Scanați un cod cu camera telefonului și plătiți pe o pagină GOV.UK sigură.
pay-method-card = Plătiți cu cardul aici
pay-method-card-hint = Folosiți cititorul de carduri de lângă acest ecran.
pay-method-cash = Plătiți numerar la poștă (Post Office) sau la PayPoint
pay-method-cash-hint = Tipărim un bilet care spune unde și cum să plătiți. Plătiți mai târziu.
pay-declined-twice = Cardul dumneavoastră a fost refuzat de două ori. Nu s-au luat bani. Alegeți alt mod de plată sau cereți ajutorul unui angajat.
pay-starting = Pregătim plata…
pay-start-failed = Acest mod de plată nu funcționează acum. Nu s-au luat bani. Alegeți alt mod.
pay-phone-heading = Plătiți pe telefon
pay-card-heading = Plătiți cu cardul
pay-stop = Opriți această plată
pay-stopping = Oprim plata…
pay-not-paid-heading = Neplătit
pay-other-way = Alegeți alt mod de plată
pay-cash-heading = Plătiți numerar

## Hub view: today's payments
hub-payments = Plățile de azi
hub-payments-none = Nicio plată azi.
hub-payments-failed = Plățile de azi nu au putut fi citite: { $reason }
hub-pay-count-unknown = Necunoscute, în verificare la serviciul de plată: { $count }
hub-pay-count-under-way = În curs de plată: { $count }
hub-pay-count-not-posted = Plătite, netransmise încă consiliului: { $count }
hub-pay-count-posted = Plătite și transmise consiliului: { $count }
hub-pay-count-not-paid = Neplătite (refuzate, anulate sau eșuate): { $count }
hub-pay-unknown = necunoscută
hub-pay-under-way = în curs de plată
hub-pay-not-posted = plătită, netransmisă încă
hub-pay-posted = plătită și transmisă
hub-pay-not-paid = neplătită

# Hub view: trends, help answer times, set-up and monitoring
hub-trends = Ultimele 12 săptămâni
hub-chart-journeys = Cereri începute și terminate în fiecare săptămână
hub-chart-satisfaction = Mulțumirea în fiecare săptămână, față de țintele de 85% și 95%
hub-chart-help = Cereri de ajutor în fiecare săptămână și partea cererilor făcute cu un asistent digital
hub-legend-started = Începute
hub-legend-finished = Terminate
hub-legend-satisfied = Mulțumiți (%)
hub-legend-target = Ținte
hub-legend-help = Cereri de ajutor
hub-legend-assisted = Cu un asistent digital (%)
hub-week-line = Săptămâna din { $date }: începute { $started }, terminate { $finished }, { $satisfied }, cereri de ajutor { $help }, cu un asistent digital { $assisted }%.
hub-week-satisfied = mulțumiți { $percent }%
hub-week-no-ratings = fără evaluări
hub-help-answered = Apeluri de ajutor în săptămâna din { $date }: făcute { $calls }, răspunse { $answered }. Jumătate au primit răspuns în { $median } minute, 9 din 10 în { $p90 } minute.
hub-help-none-answered = Apeluri de ajutor în săptămâna din { $date }: făcute { $calls }, niciunul răspuns prin conectarea unui angajat la acest terminal.
hub-erase-soon = Cereri refuzate ale căror date personale vor fi șterse în decurs de o săptămână: { $count }. Trimiteți-le din nou sau rezolvați-le înainte.
hub-setup = Configurare și monitorizare
hub-setup-fetched = Versiunea de configurare { $version }, preluată de la consiliu la { $time } pe { $date }.
hub-setup-local = Versiunea de configurare { $version }, din fișierul propriu al acestui terminal.
hub-setup-refused = Ultimul fișier { $file } de la consiliu nu a fost folosit: { $reason }
hub-metrics-on = Cifrele pentru monitorizarea consiliului sunt servite la { $address }.
hub-metrics-off = Cifrele pentru monitorizarea consiliului sunt oprite.
hub-metrics-failed = Cifrele pentru monitorizarea consiliului nu au putut porni: { $reason }
hub-help-calls = Apeluri de ajutor
hub-week-by-week = Săptămână cu săptămână
## Addresses and streets from the gazetteer
addresses-heading = Alegeți adresa de la { $postcode }
address-not-listed = Adresa mea nu este pe listă
addresses-none = Nu am găsit nicio adresă la { $postcode }. Scrieți în schimb numărul sau numele casei.
street-heading = Pe ce stradă este?
street-hint = Scrieți numele străzii, de exemplu Mill Lane, sau codul poștal.
streets-heading = Alegeți strada
streets-none = Nu am găsit nicio stradă numită „{ $typed }”. Descrieți în schimb unde este.
street-in-town = { $street }, { $town }
near-heading = Lângă ce număr de pe { $street } este?
near-hint = Alegeți casa sau clădirea cea mai apropiată de problemă.
describe-instead = Nu găsesc locul: îl descriu
row-address = Adresa
row-street = Strada
row-near = Lângă
error-choose-address = Alegeți adresa dumneavoastră sau „Adresa mea nu este pe listă”
error-enter-street = Scrieți numele străzii sau codul poștal
error-choose-street = Alegeți strada sau descrieți locul
error-choose-near = Alegeți numărul cel mai apropiat sau descrieți locul

## Nearby reports
nearby-heading = A mai fost semnalat acest lucru?
nearby-hint = Aceste probleme din apropiere au fost deja semnalate și se rezolvă. Este și a dumneavoastră printre ele?
nearby-none-of-these = Niciuna: este o problemă nouă
nearby-distance = la { $metres } m
nearby-reported = { $days ->
    [one] Semnalată acum { $days } zi
    [few] Semnalată acum { $days } zile
   *[other] Semnalată acum { $days } de zile
}
nearby-reported-today = Semnalată azi
nearby-out-of-date = Nu putem ajunge acum la sistemul consiliului, așa că lista poate să nu fie la zi.
already-reported-heading = Acest lucru a fost deja semnalat
already-reported-body = Consiliul știe de această problemă și se ocupă de ea. Nu trebuie să o semnalați din nou.
already-reported-follow = Tipăriți numărul ei ca să urmăresc cum avansează
already-reported-add = Trimiteți și semnalarea mea
following-heading = Urmăriți această sesizare
following-body = Consiliul are deja această sesizare. Păstrați această referință: scrieți-o sau scanați-o la Verificați stadiul unei cereri ca să vedeți cum merge.
following-receipt = Urmăriți o sesizare pe care consiliul o are deja. Nu s-a trimis nimic nou.
follow-failed = Acum nu se poate urmări această sesizare. Puteți termina sau puteți trimite și sesizarea dumneavoastră.
places-looking = Căutăm…
streets-none-buildings = Pe strada aceea nu sunt case sau clădiri. Descrieți în schimb unde este.
