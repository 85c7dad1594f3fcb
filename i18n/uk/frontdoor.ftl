# Frontdoor: words on screen, Ukrainian (plain words).
# NEEDS REVIEW: written by the Frontdoor team, not yet checked by a fluent
# speaker. Have a fluent Ukrainian speaker review every line before live use.
# Message ids and variables match the source locale, en-GB.
# Plural categories for Ukrainian: one, few, many, other.

## The language itself
language-name = Українська
language-direction = ltr

## Every screen
language-button = Мова
language-close = Закрити
back = Назад
start-again = Почати знову
help-button = Попросити допомоги в працівника
help-asked-short = Працівник іде
help-asked-heading = Ми попросили працівника підійти до вас
help-asked-body = Залишайтеся тут. Незабаром до вас підійдуть. Ваші відповіді збережено.
help-carry-on = Продовжу сам
help-calling = Викликаємо працівника…
help-told-heading = Працівника повідомлено
help-told-body = Залишайтеся тут. Незабаром до вас підійдуть. Ваші відповіді збережено.
help-desk-heading = Зверніться до стійки допомоги
help-desk-failed = Не вдалося повідомити працівника з цього терміналу. Ваші відповіді збережено.
help-desk-no-one-came = Ще ніхто не підійшов. Вибачте, що вам довелося чекати. Ваші відповіді збережено.
help-desk-default = Зверніться до головної стійки, і працівник вам допоможе.
help-call-again = Викликати ще раз
continue = Далі
finish = Завершити

## Read aloud
speech-start = Читати вголос
speech-stop = Зупинити читання
speech-missing = Читання вголос недоступне на цьому терміналі
speech-louder = Голосніше
speech-quieter = Тихіше
speech-field = Поле для тексту

## Inactivity
idle-heading = Ви ще тут?
idle-body = Щоб захистити ваші дані, цей екран буде очищено через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}.
idle-seconds = { $seconds ->
    [one] { $seconds } секунда
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}
idle-still-here = Я ще тут

## Welcome
welcome-heading = Ласкаво просимо до { $site }
welcome-intro = Повідомте про проблему, подайте заяву або повідомте раду про зміни. Більшість справ займає близько 5 хвилин.
choose-language = Оберіть мову
choose-text-size = Оберіть розмір тексту
size-standard = Звичайний
size-large = Великий
size-largest = Найбільший
choose-colours = Оберіть кольори
colours-standard = Темний текст на білому
colours-high-contrast = Світлий текст на чорному
start = Почати

## Services
services-heading = З чим вам потрібна допомога?
search-open = Знайти послугу
group-other = Інші послуги
group-count = { $count ->
    [one] { $count } послуга
    [few] { $count } послуги
    [many] { $count } послуг
   *[other] { $count } послуги
}
search-heading = Знайти послугу
search-hint = Напишіть слово, наприклад бак, ліхтар або податок. Англійські слова теж підходять.
search-none = Немає послуг, що відповідають «{ $query }». Спробуйте інше слово або поверніться, щоб побачити всі послуги.
search-count = { $count ->
    [one] Знайдено { $count } послугу
    [few] Знайдено { $count } послуги
    [many] Знайдено { $count } послуг
   *[other] Знайдено { $count } послуги
}

## Check progress
progress-open = Перевірити стан звернення
progress-heading = Перевірити стан звернення
progress-hint = Введіть номер із квитанції або піднесіть QR-код із квитанції до сканера. Номер має 10 літер і цифр, наприклад ACDE 346 79E.
progress-check = Перевірити
progress-looking = Шукаємо ваше звернення.
progress-reference = Номер { $reference }
progress-waiting = Ваше звернення збережено на цьому терміналі, і воно чекає надсилання до ради. Його збережено о { $time }, { $date }. Його буде надіслано, коли з'явиться зв'язок.
progress-parked = Ваше звернення збережено на цьому терміналі, але система ради його не прийняла. Працівник це вирішить. Запитайте на стійці, якщо хочете дізнатися більше.
progress-sent-untracked = Ваше звернення надіслано до ради. Система ради не показує стан для такого виду звернень.
progress-open-status = Рада працює над вашим зверненням.
progress-closed-status = Рада завершила роботу з вашим зверненням.
progress-notes = Остання новина: { $notes }
progress-agency = Займається: { $agency }
progress-offline = Ваше звернення надіслано до ради, але зараз ми не можемо зв'язатися із системою ради, щоб перевірити його стан. Спробуйте пізніше.
progress-not-here = Цей номер створено не на цьому терміналі, тому його стан тут перевірити не можна. Запитайте працівника або зателефонуйте до ради.
progress-word-waiting = збережено тут і чекає на надсилання
progress-word-staff = чекає на працівника
progress-word-received = надіслано до ради
progress-word-open = розглядається
progress-word-closed = завершено
progress-word-booked = заброньовано
progress-word-cancelled = скасовано
progress-glimpse = { $service }: { $status }.
progress-glimpse-more = Щоб дізнатися більше або надрукувати квитанцію ще раз, піднесіть QR-код із квитанції до сканера або запитайте працівника.
progress-glimpse-slip = Щоб відмітити прихід, піднесіть QR-код із талона до сканера або запитайте працівника.
progress-too-many = За останні хвилини тут не знайдено забагато номерів. Спробуйте ще раз через { $minutes } хв або запитайте працівника.
error-reference-empty = Введіть номер. Він надрукований на квитанції.
error-reference-length = Номер має 10 літер і цифр. Ви ввели { $count }.
error-reference-character = У номері немає символу «{ $character }». Порівняйте його з квитанцією.
error-reference-check = Цей номер неправильний. Порівняйте кожну літеру й цифру з квитанцією.

## Signposts
signpost-phone = Телефон
signpost-web = Вебсайт
signpost-visit = Адреса
signpost-hours = Години роботи
signpost-photo = Ви можете сфотографувати цей екран, щоб зберегти ці дані.

## Journey pages
step-of = Питання { $step } з { $total }
info-heading = Перш ніж продовжити
optional-question = { $question } (не обов'язково)
error-summary = Є проблема
postcode-heading = Який поштовий індекс?
postcode-hint = Наприклад, DE1 2AB.
postcode-unknown = Я не знаю поштового індексу
house-heading = Який номер або назва будинку?
house-hint = Наприклад, 14 або Rose Cottage. Для квартири вкажіть і номер квартири.
landmark-heading = Де це?
landmark-hint = Опишіть місце, щоб його можна було знайти. Наприклад, навпроти 12 High Street або біля воріт Victoria Park.
contact-heading = Як з вами зв'язатися щодо цього?
contact-hint = Ми використовуємо ваші дані лише для цього звернення.
contact-phone = Телефоном
contact-email = Електронною поштою
contact-none = Не зв'язуйтеся зі мною
phone-heading = Який ваш номер телефону?
phone-hint = Британський стаціонарний або мобільний номер, наприклад 01632 960 001 або 07700 900 982.
email-heading = Яка ваша електронна адреса?
email-hint = Наприклад, name@example.com.
name-heading = Як вас звати?

## Date picker
date-today = Сьогодні
date-yesterday = Учора
skip-question = Пропустити це питання
date-unknown = Я не знаю дати
date-none-chosen = Дату ще не вибрано.
date-another = Раніша дата
date-day-before = На день раніше
date-day-after = На день пізніше
date-month-before = На місяць раніше
date-month-after = На місяць пізніше
date-year-before = На рік раніше
date-year-after = На рік пізніше
date-long = { $weekday }, { $day } { $month } { $year }
weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = п'ятниця
weekday-6 = субота
weekday-7 = неділя
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

## On-screen keyboard
keyboard-hide = Сховати клавіатуру
keyboard-show = Показати клавіатуру
key-space = Пробіл
key-delete = Видалити
key-clear = Очистити
key-capitals = Великі літери
key-lower-case = Малі літери
key-more-letters = Інші літери

## Errors: say what to do
error-enter-text = Напишіть відповідь у полі
error-enter-number = Введіть число, наприклад 2
error-whole-number = Введіть ціле число, наприклад 2
error-number-range = Введіть число від { $min } до { $max }
error-choose-one = Оберіть одну з відповідей
error-choose-at-least-one = Оберіть хоча б одну відповідь
error-date-not-future = Дата має бути сьогоднішньою або минулою
error-date-not-past = Дата має бути сьогоднішньою або майбутньою
error-too-long = Відповідь може мати не більше { $max } символів. Зараз їх { $typed }.
error-enter-postcode = Введіть поштовий індекс або оберіть «Я не знаю поштового індексу»
error-postcode-format = Введіть повний британський поштовий індекс, наприклад DE1 2AB
error-enter-house = Введіть номер або назву будинку
error-enter-landmark = Опишіть, де це
error-choose-contact = Оберіть, як з вами зв'язатися
error-enter-phone = Введіть номер телефону
error-phone-format = Введіть британський номер телефону, наприклад 01632 960 001 або 07700 900 982
error-enter-email = Введіть електронну адресу
error-email-format = Введіть електронну адресу із символом @, наприклад name@example.com
consent-text-reference = Надіслати мені номер звернення в SMS
consent-email-reference = Надіслати мені номер звернення електронною поштою
consent-remind = Нагадати мені в SMS за день до зустрічі
consent-updates = Повідомити мене, коли рада оновить моє звернення
notices-heading = Бажаєте, щоб ми щось вам надіслали?
notices-hint = Позначте, що бажаєте. Можна нічого не позначати. Ми надсилаємо лише те, що ви позначите.
row-notices = Ми надішлемо вам
notices-none = Нічого
error-not-a-mobile = SMS можна надіслати лише на мобільний номер. Змініть номер або зніміть позначку з SMS.
receipt-notices = Ви попросили надіслати вам
appt-texts-heading = Бажаєте отримати SMS про цей прийом?
appt-text-details = Надіслати мені SMS з даними прийому
appt-texts-mobile-hint = Британський номер мобільного, наприклад 07700 900 982. Ми використовуємо його лише для цих SMS.
error-enter-mobile = Введіть номер мобільного телефону
error-mobile-format = Введіть британський номер мобільного, наприклад 07700 900 982
error-enter-name = Введіть своє ім'я

## Check your answers
check-heading = Перевірте свої відповіді
check-send-heading = Тепер надішліть звернення
check-send-body = Коли ви це надішлете, звернення збережеться на цьому терміналі, а потім буде надіслане до ради.
send = Надіслати
change = Змінити
not-given = Не вказано
row-postcode = Поштовий індекс
row-house = Номер або назва будинку
row-landmark = Де це
row-contact-method = Як з вами зв'язатися
row-phone = Номер телефону
row-email = Електронна адреса
row-name = Ім'я

## Saving and confirmation
saving-heading = Зберігаємо ваше звернення
saving-body = Це займе мить.
save-failed-heading = Не вдалося зберегти ваше звернення
save-failed-body = На цьому терміналі щось пішло не так. Нічого не надіслано. Ваші відповіді все ще тут: спробуйте ще раз або попросіть допомоги в працівника.
try-again = Спробувати ще раз
confirmation-heading = Звернення збережено
your-reference = Ваш номер
reference-keep = Запишіть свій номер або сфотографуйте його. Він потрібен, щоб перевірити стан.
what-next = Що буде далі
saved-here = Ваше звернення збережено на цьому терміналі. Його буде надіслано до ради, коли термінал підключиться до мережі.
saved-will-send = Ваше звернення збережено на цьому терміналі, і його буде надіслано до ради одразу або щойно з'явиться зв'язок.
rating-question = Як вам було користуватися цим терміналом сьогодні?
rating-thanks = Дякуємо за відгук.
rating-very-good = Дуже добре
rating-good = Добре
rating-neither = Ні добре, ні погано
rating-poor = Погано
rating-very-poor = Дуже погано

## Receipts and the printer
receipt-date-time = { $date }, { $time }
receipt-saved = Збережено: { $when }
receipt-reference = Ваш номер
receipt-scan = Відскануйте цей код камерою телефона, щоб побачити стан звернення.
receipt-scan-terminal = Щоб побачити стан, оберіть «Перевірити стан звернення» на терміналі ради й піднесіть цей код до сканера.
receipt-contact = Зв'язок із радою
receipt-keep = Збережіть цю квитанцію. На ній немає особистих даних.
receipt-appointment = Ваш запис на прийом
receipt-appointment-place = Де: { $place }
receipt-appointment-bring = Візьміть із собою: { $items }
receipt-appointment-provisional = Цей запис ще не підтверджено, бо термінал був без зв'язку. Працівники його підтвердять. Візьміть цю квитанцію із собою.
receipt-test = Перевірка принтера
receipt-test-paper = Ширина паперу { $dots } точок.
receipt-test-pound = Знак фунта: £5.00
receipt-test-qr = Камера телефона має прочитати цей код як ACDE34679E.
printer-printing = Друкуємо квитанцію…
printer-printed = Квитанцію надруковано. Візьміть її з принтера.
printer-out-of-paper = У принтері закінчився папір. Ваше звернення збережено. Ось ваш номер на екрані — ви можете сфотографувати цей QR-код.
printer-cover-open = Кришка принтера відкрита, тому він не може друкувати. Ваше звернення збережено. Ось ваш номер на екрані — ви можете сфотографувати цей QR-код.
printer-not-working = Принтер зараз не працює. Ваше звернення збережено. Ось ваш номер на екрані — ви можете сфотографувати цей QR-код.
printer-stopped = Принтер зупинився, перш ніж надрукував усю квитанцію. Ваше звернення збережено. Ось ваш номер на екрані — ви можете сфотографувати цей QR-код.
printer-none = Цей термінал не друкує квитанцій. Ваше звернення збережено. Ось ваш номер на екрані — ви можете сфотографувати цей QR-код.
print-again = Надрукувати ще раз
receipt-photograph = У цьому коді ваш номер. Ви можете його сфотографувати.
print-receipt = Надрукувати квитанцію

## Staff
staff-heading = Вхід для працівників
staff-pin-hint = Введіть свій PIN.
staff-number-hint = Введіть свій табельний номер.
staff-number-shown = Табельний номер: { $number }
staff-next = Далі
staff-change-number = Змінити табельний номер
staff-wrong = Табельний номер і PIN не збігаються.
staff-wrong-left = Цей PIN неправильний для цього табельного номера. Спроб до блокування: { $left }.
staff-account-locked = Цей табельний номер заблоковано до { $time }. Адміністратор може розблокувати його раніше.
staff-sign-in = Увійти
staff-cancel = Скасувати
staff-checking = Перевіряємо…
staff-signed-in = Увійшли: { $name }
staff-assist = Почати сеанс із допомогою
staff-assisting = Сеанс із допомогою: { $name }
staff-sign-out = Вийти
staff-unavailable = Вхід для працівників не працює на цьому терміналі.

## The hub view (staff)
hub-open = Огляд центру
hub-heading = Цей термінал
hub-today = Сьогодні
hub-week = Цього тижня
hub-month = Цього місяця
hub-outbox = Звернення на цьому терміналі
hub-waiting = Чекають на надсилання: { $count }
hub-sent = Надіслано: { $count }
hub-attention = Відхилено системою ради: { $count }
hub-retry = Надіслати ще раз
hub-printer = Принтер
hub-printer-ok = Працює
hub-journeys = Звернення
hub-started = Розпочато
hub-completed = Завершено
hub-abandoned = Покинуто на півдорозі
hub-abandoned-at = Найчастіше покидають на: { $step }
hub-assisted = З допомогою цифрового помічника: { $percent }%
hub-help = Прохань про допомогу: { $count }
hub-languages = Мови
hub-satisfaction-heading = Задоволеність
hub-satisfaction = { $percent }% оцінок були добрими або дуже добрими
hub-target-met = Ціль { $target }%: досягнуто
hub-target-missed = Ціль { $target }%: не досягнуто
hub-no-ratings = Оцінок ще немає
hub-export = Зберегти як CSV
hub-exported = Збережено в { $path }
hub-export-failed = Не вдалося зберегти: { $reason }

## Appointments: check-in and the hub
progress-checked-in = Вас зареєстровано на прийом «{ $type }» о { $time }. Сідайте в зоні очікування: консультант вас покличе.
progress-already-in = Вас уже зареєстровано на прийом «{ $type }» о { $time }. Консультант вас покличе.
progress-other-day = Ваш прийом «{ $type }» — { $date } о { $time }, не сьогодні. Приходьте тоді або запитайте працівника.
progress-provisional = Ваш прийом «{ $type }» { $date } о { $time } ще не підтверджено. Скажіть працівникові, що ви прийшли.
progress-conflict = Із вашим прийомом «{ $type }» є проблема. Скажіть працівникові, що ви прийшли.
hub-appointments = Прийоми сьогодні
hub-no-appointments = Сьогодні прийомів немає
hub-arrived = Прийшов
hub-not-arrived = Ще не прийшов
hub-provisional = Ще не підтверджено
hub-conflict = Потрібен працівник: час уже зайнято

## Booking appointments
appt-kind-heading = З чим вам потрібна допомога?
appt-length = приблизно { $minutes } хв
appt-loading = Шукаємо вільний час…
appt-day-heading = Який день вам зручний?
appt-day-hint = Показано лише дні, де є вільний час.
appt-time-heading = Який час вам зручний?
appt-day-full = На цей день вільного часу більше немає. Поверніться і виберіть інший день.
appt-none = У найближчі 4 тижні вільного часу немає. Зверніться до працівника: вам допоможуть іншим способом.
appt-offline = Зараз немає зв’язку з розкладом центру. Ви все одно можете записатися: час збережеться на цьому терміналі, і працівники його підтвердять.
appt-lost = Хтось щойно записався на { $time }. Найближчий вільний час — { $next }.
appt-lost-none = Хтось щойно записався на цей час, і в найближчі 4 тижні вільного часу більше немає.
appt-take-next = Записатися на { $next }
appt-check-heading = Перевірте свій запис
appt-what = Питання
appt-when = Коли
appt-where = Де
appt-bring = Що взяти з собою
appt-book = Записатися
appt-move = Перенести на цей час
appt-other-time = Вибрати інший час
appt-booking = Записуємо вас…
appt-failed = Не вдалося записати вас. Будь ласка, зверніться до працівника.
appt-move-failed = Запис не перенесено: { $reason }
appt-move-heading = Перенести запис
appt-booked-heading = Вас записано
appt-provisional-heading = Ваш час збережено
appt-moved-heading = Запис перенесено
appt-provisional = Цей термінал не зміг зв’язатися з розкладом центру, тому час збережено тут, доки працівники його не підтвердять. Візьміть талон із собою.
slip-next-steps = Коли прийдете, піднесіть QR-код цього талона до сканера кіоску або покажіть його працівникові.
hub-book = Записати мешканця на прийом
hub-upcoming = Майбутні записи
hub-move = Перенести
hub-cancel = Скасувати
hub-cancel-confirm = Скасувати запис «{ $type }» о { $time }, { $date }?
hub-cancel-yes = Так, скасувати
hub-cancel-no = Ні, залишити
hub-cancelled = Запис скасовано, і цей час знову вільний.
hub-cancel-failed = Запис не скасовано: { $reason }
hub-network = Зв’язок із радою
hub-network-none = Систему ради не налаштовано: звернення залишаються на цьому терміналі.
hub-network-waiting = Ще не перевіряли.
hub-network-ok = Система ради відповіла о { $time }.
hub-network-down = Система ради не відповіла о { $time }. Звернення чекають тут і будуть надіслані, коли вона відповість.
out-of-order = Цей термінал зараз не працює. Будь ласка, зверніться по допомогу до працівника.
hub-exported-stick = Збережено на USB-флешці: { $path }

# Payments
pay-error-reference-missing = Введіть номер із рахунку або листа.
pay-error-reference-pattern = Це не схоже на номер із вашого рахунку. Перевірте його і спробуйте ще раз.
pay-error-reference-check = У цьому номері є помилка. Звірте кожну цифру з рахунком.
pay-error-amount-low = Введіть щонайменше { $min }.
pay-error-amount-high = Введіть не більше ніж { $max }.
pay-error-amount-unreadable = Введіть суму у фунтах і пенсах, наприклад 12.50.
pay-error-quantity = Виберіть від 1 до { $max }.
pay-progress-scan = Відскануйте код камерою телефона, щоб заплатити. Код зникне, коли ви відкриєте сторінку оплати.
pay-progress-opened = Завершіть оплату на телефоні. Цей екран зміниться, коли оплату буде зроблено.
pay-progress-reader = Виконуйте вказівки на пристрої для карток.
pay-progress-paid = Оплачено
pay-progress-declined = Оплату відхилено. Гроші не списано.
pay-progress-cancelled = Оплату скасовано. Гроші не списано.
pay-progress-failed = Оплата не пройшла. Гроші не списано.
pay-progress-checking = Ми перевіряємо з платіжною службою. Не платіть ще раз.
pay-pin-needed = Для цієї суми знадобиться ваш PIN-код.
pay-cash-only = Оплата карткою і телефоном зараз не працює. Ви можете заплатити готівкою в Post Office або PayPoint.
pay-none-now = Зараз тут не можна за це заплатити. Зверніться до працівника.
pay-receipt-title = Квитанція про оплату
pay-receipt-paid-on = Оплачено { $when }
pay-receipt-quantity = Кількість: { $quantity }
pay-receipt-council-reference = Номер: { $reference }
pay-receipt-fund = Фонд: { $fund }
pay-receipt-amount = Сплачена сума
pay-receipt-vat = Включно з ПДВ { $rate }%: { $vat }
pay-receipt-vat-number = Номер платника ПДВ: { $number }
pay-receipt-card = Картка: { $brand }, що закінчується на { $last4 }
pay-receipt-application = Застосунок: { $aid } { $name }
pay-receipt-authorisation = Код авторизації: { $code }
pay-receipt-verified-pin = Підтверджено PIN-кодом
pay-receipt-verified-signature = Підтверджено підписом
pay-receipt-verified-device = Підтверджено на пристрої власника картки
pay-receipt-verified-none = Без перевірки власника картки (безконтактно)
pay-receipt-verified-other = Перевірка власника картки, як її записав пристрій
pay-receipt-phone = Оплачено онлайн через GOV.UK Pay
pay-receipt-transaction = Транзакція: { $id }
pay-receipt-payment-id = Номер платежу: { $id }
pay-receipt-keep = Збережіть цю квитанцію як підтвердження оплати.
pay-cash-title = Як заплатити готівкою
pay-cash-amount = Сума до сплати: { $amount }
pay-cash-reference = Ваш номер
pay-cash-where-heading = Де заплатити
pay-cash-where = У будь-якому відділенні Post Office або в будь-якому магазині зі знаком PayPoint.
pay-cash-how-heading = Як заплатити
pay-cash-how = Візьміть із собою рахунок або платіжну картку ради: на касі скануть штрихкод на ній. На цьому папірці немає штрихкоду. Якщо у вас немає рахунку, спершу зверніться до ради.
pay-cash-not-paid = Цей папірець не є квитанцією. Ще нічого не сплачено.
pay-cash-slip-printed = Папірець для оплати надруковано. Візьміть його з принтера.
pay-cash-keep = Збережіть цей папірець, доки не заплатите.

## Paying at the kiosk: the pages
pay-open = Оплатити раді
pay-what-heading = За що ви хочете заплатити?
pay-price-each = { $price } за штуку, до { $max } за раз
pay-price-range = Будь-яка сума від { $min } до { $max }
pay-reference-heading = Номер з вашого рахунку або листа
pay-reference-hint = Введіть його так, як надруковано. Пробіли й дефіси не важливі.
pay-quantity-heading = Скільки вам потрібно?
pay-quantity-choice = { $quantity }: { $total }
pay-amount-heading = Скільки ви хочете заплатити?
pay-amount-hint = Введіть суму від { $min } до { $max } у фунтах і пенсах, наприклад 12.50.
pay-amount-to-pay = Сума до сплати: { $amount }
pay-check-heading = Перевірте платіж
pay-row-item = За що ви платите
pay-row-reference = Номер
pay-row-quantity = Скільки
pay-row-amount = Сума
pay-row-payment-number = Номер платежу
pay-total = Разом до сплати: { $amount }
pay-total-vat = Включно з ПДВ { $vat }.
pay-choose-how = Вибрати спосіб оплати
pay-how-heading = Як ви хочете заплатити?
pay-how-checking = Перевіряємо, які способи оплати зараз працюють…
pay-method-phone = Оплатити телефоном
pay-method-phone-hint = Відскануйте код камерою телефона й оплатіть на захищеній сторінці GOV.UK.
pay-method-card = Оплатити карткою тут
pay-method-card-hint = Скористайтеся зчитувачем карток біля цього екрана.
pay-method-cash = Оплатити готівкою на пошті (Post Office) або в PayPoint
pay-method-cash-hint = Ми надрукуємо папірець, де сказано, де й як заплатити. Ви платите пізніше.
pay-declined-twice = Вашу картку двічі відхилено. Гроші не знято. Виберіть інший спосіб оплати або зверніться до працівника.
pay-starting = Готуємо ваш платіж…
pay-start-failed = Цей спосіб оплати зараз не працює. Гроші не знято. Виберіть інший.
pay-phone-heading = Оплатити телефоном
pay-card-heading = Оплатити карткою
pay-stop = Зупинити цей платіж
pay-stopping = Зупиняємо платіж…
pay-not-paid-heading = Не оплачено
pay-other-way = Вибрати інший спосіб оплати
pay-cash-heading = Оплатити готівкою

## Hub view: today's payments
hub-payments = Платежі за сьогодні
hub-payments-none = Сьогодні платежів немає.
hub-payments-failed = Не вдалося прочитати сьогоднішні платежі: { $reason }
hub-pay-count-unknown = Невідомі, перевіряються в платіжному сервісі: { $count }
hub-pay-count-under-way = Оплачуються зараз: { $count }
hub-pay-count-not-posted = Оплачені, ще не передані раді: { $count }
hub-pay-count-posted = Оплачені й передані раді: { $count }
hub-pay-count-not-paid = Не оплачені (відхилені, скасовані або невдалі): { $count }
hub-pay-unknown = невідомо
hub-pay-under-way = оплачується
hub-pay-not-posted = оплачено, ще не передано
hub-pay-posted = оплачено й передано
hub-pay-not-paid = не оплачено

# Hub view: trends, help answer times, set-up and monitoring
hub-trends = Останні 12 тижнів
hub-chart-journeys = Звернення, розпочаті й завершені щотижня
hub-chart-satisfaction = Задоволеність щотижня порівняно з цілями 85% і 95%
hub-chart-help = Прохання про допомогу щотижня і частка звернень із цифровим помічником
hub-legend-started = Розпочато
hub-legend-finished = Завершено
hub-legend-satisfied = Задоволені (%)
hub-legend-target = Цілі
hub-legend-help = Прохання про допомогу
hub-legend-assisted = З цифровим помічником (%)
hub-week-line = Тиждень від { $date }: розпочато { $started }, завершено { $finished }, { $satisfied }, прохань про допомогу: { $help }, з цифровим помічником: { $assisted }%.
hub-week-satisfied = задоволені: { $percent }%
hub-week-no-ratings = оцінок немає
hub-help-answered = Виклики допомоги за тиждень від { $date }: зроблено { $calls }, відповіли на { $answered }. На половину відповіли протягом { $median } хв, на 9 з 10 — протягом { $p90 } хв.
hub-help-none-answered = Виклики допомоги за тиждень від { $date }: зроблено { $calls }, на жоден не відповіли входом працівника на цьому терміналі.
hub-erase-soon = Відхилені звернення, особисті дані яких буде стерто протягом тижня: { $count }. Надішліть їх знову або розберіться з ними до того.
hub-setup = Налаштування і моніторинг
hub-setup-fetched = Версія налаштувань { $version }, отримана від ради о { $time } { $date }.
hub-setup-local = Версія налаштувань { $version }, з власного файлу цього термінала.
hub-setup-refused = Останній файл { $file } від ради не використано: { $reason }
hub-metrics-on = Дані для моніторингу радою доступні за адресою { $address }.
hub-metrics-off = Дані для моніторингу радою вимкнено.
hub-metrics-failed = Не вдалося запустити дані для моніторингу радою: { $reason }
hub-help-calls = Виклики допомоги
hub-week-by-week = Тиждень за тижнем
## Addresses and streets from the gazetteer
addresses-heading = Виберіть адресу з індексом { $postcode }
address-not-listed = Моєї адреси немає в списку
addresses-none = Ми не знайшли жодної адреси з індексом { $postcode }. Натомість напишіть номер або назву будинку.
street-heading = На якій це вулиці?
street-hint = Напишіть назву вулиці, наприклад Mill Lane, або поштовий індекс.
streets-heading = Виберіть вулицю
streets-none = Ми не знайшли вулицю з назвою «{ $typed }». Натомість опишіть, де це.
street-in-town = { $street }, { $town }
near-heading = Біля якого номера на { $street } це?
near-hint = Виберіть будинок або будівлю, найближчу до проблеми.
describe-instead = Не можу знайти: опишу місце
row-address = Адреса
row-street = Вулиця
row-near = Біля
error-choose-address = Виберіть свою адресу або «Моєї адреси немає в списку»
error-enter-street = Напишіть назву вулиці або поштовий індекс
error-choose-street = Виберіть вулицю або опишіть місце
error-choose-near = Виберіть найближчий номер або опишіть місце

## Nearby reports
nearby-heading = Про це вже повідомили?
nearby-hint = Про ці проблеми поблизу вже повідомили, і ними займаються. Чи є серед них ваша?
nearby-none-of-these = Жодна з них: це нова проблема
nearby-distance = за { $metres } м
nearby-reported = { $days ->
    [one] Повідомлено { $days } день тому
    [few] Повідомлено { $days } дні тому
    [many] Повідомлено { $days } днів тому
   *[other] Повідомлено { $days } дня тому
}
nearby-reported-today = Повідомлено сьогодні
nearby-out-of-date = Зараз ми не можемо зв'язатися із системою ради, тому цей список може бути застарілим.
already-reported-heading = Про це вже повідомили
already-reported-body = Рада знає про цю проблему і займається нею. Вам не потрібно повідомляти про неї знову.
already-reported-follow = Надрукувати її номер, щоб стежити за ходом
already-reported-add = Однаково надіслати моє повідомлення
following-heading = Ви стежите за цим повідомленням
following-body = Рада вже має це повідомлення. Збережіть цей номер: введіть або відскануйте його в розділі «Перевірити стан звернення», щоб дізнатися, як справи.
following-receipt = Ви стежите за повідомленням, яке рада вже має. Нічого нового не надіслано.
follow-failed = Зараз не вдається стежити за цим повідомленням. Ви можете завершити або надіслати також своє повідомлення.
places-looking = Шукаємо…
streets-none-buildings = На цій вулиці немає будинків. Натомість опишіть, де це.
