# Frontdoor: words on screen, Urdu (plain words).
# NEEDS REVIEW: written by the Frontdoor team, not yet checked by a fluent
# speaker. Have a fluent Urdu speaker review every line before live use.
# Message ids and variables match the source locale, en-GB.
# Phone numbers in examples are wrapped in invisible left-to-right isolate
# marks (U+2066 ... U+2069) so their digit groups show in their own order.
# Plural categories for Urdu: one, other.

## The language itself
language-name = اردو
language-direction = rtl

## Every screen
language-button = زبان
language-close = بند کریں
back = واپس
start-again = دوبارہ شروع کریں
help-button = عملے سے مدد لیں
help-asked-short = عملہ آ رہا ہے
help-asked-heading = عملے کے ایک رکن کو آپ کے پاس آنے کے لیے کہا گیا ہے
help-asked-body = یہیں رہیں۔ کوئی جلد آپ کے پاس آئے گا۔ آپ کے جواب محفوظ ہیں۔
help-carry-on = میں خود جاری رکھوں گا
help-calling = عملے کے ایک رکن کو بلایا جا رہا ہے…
help-told-heading = عملے کے ایک رکن کو بتا دیا گیا ہے
help-told-body = یہیں رہیں۔ جلد ہی کوئی آپ کے پاس آئے گا۔ آپ کے جوابات محفوظ ہیں۔
help-desk-heading = براہ کرم مدد کی میز پر پوچھیں
help-desk-failed = ہم اس ٹرمینل سے عملے کے کسی رکن تک نہیں پہنچ سکے۔ آپ کے جوابات محفوظ ہیں۔
help-desk-no-one-came = ابھی تک کوئی نہیں آیا۔ ہمیں افسوس ہے کہ آپ کو انتظار کرنا پڑا۔ آپ کے جوابات محفوظ ہیں۔
help-desk-default = مرکزی میز پر پوچھیں، عملے کا ایک رکن آپ کی مدد کرے گا۔
help-call-again = دوبارہ بلائیں
continue = آگے بڑھیں
finish = ختم کریں

## Read aloud
speech-start = بلند آواز سے پڑھیں
speech-stop = بلند آواز سے پڑھنا بند کریں
speech-missing = اس ٹرمینل پر بلند آواز سے پڑھنے کی سہولت نہیں ہے
speech-louder = اونچی آواز
speech-quieter = دھیمی آواز
speech-field = لکھنے کا خانہ

## Inactivity
idle-heading = کیا آپ ابھی یہیں ہیں؟
idle-body = آپ کی معلومات محفوظ رکھنے کے لیے یہ اسکرین { $seconds ->
    [one] { $seconds } سیکنڈ
   *[other] { $seconds } سیکنڈ
} میں صاف کر دی جائے گی۔
idle-seconds = { $seconds ->
    [one] { $seconds } سیکنڈ
   *[other] { $seconds } سیکنڈ
}
idle-still-here = میں ابھی یہیں ہوں

## Welcome
welcome-heading = { $site } میں خوش آمدید
welcome-intro = کسی مسئلے کی اطلاع دیں، کسی چیز کے لیے درخواست دیں، یا کونسل کو کسی تبدیلی کے بارے میں بتائیں۔ زیادہ تر کاموں میں تقریباً پانچ منٹ لگتے ہیں۔
choose-language = اپنی زبان چنیں
choose-text-size = لکھائی کا سائز چنیں
size-standard = عام
size-large = بڑا
size-largest = سب سے بڑا
choose-colours = رنگ چنیں
colours-standard = سفید پر گہری لکھائی
colours-high-contrast = کالے پر ہلکی لکھائی
start = شروع کریں

## Services
services-heading = آپ کو کس چیز میں مدد چاہیے؟
search-open = کوئی سروس تلاش کریں
group-other = دوسری سروسز
group-count = { $count ->
    [one] { $count } سروس
   *[other] { $count } سروسز
}
search-heading = کوئی سروس تلاش کریں
search-hint = کوئی لفظ لکھیں، جیسے کوڑے، لائٹ یا ٹیکس۔ انگریزی کے الفاظ بھی چلتے ہیں۔
search-none = "{ $query }" سے کوئی سروس نہیں ملی۔ کوئی اور لفظ آزمائیں، یا ساری سروسز دیکھنے کے لیے واپس جائیں۔
search-count = { $count ->
    [one] { $count } سروس ملی
   *[other] { $count } سروسز ملیں
}

## Check progress
progress-open = کسی درخواست کی صورتحال دیکھیں
progress-heading = کسی درخواست کی صورتحال دیکھیں
progress-hint = اپنی رسید سے حوالہ نمبر لکھیں، یا رسید کا QR کوڈ اسکینر کے نیچے رکھیں۔ حوالہ نمبر میں 10 حروف اور ہندسے ہوتے ہیں، جیسے ACDE 346 79E۔
progress-check = صورتحال دیکھیں
progress-looking = آپ کی درخواست تلاش کی جا رہی ہے۔
progress-reference = حوالہ نمبر { $reference }
progress-waiting = آپ کی درخواست اس ٹرمینل پر محفوظ ہے اور کونسل کو بھیجے جانے کا انتظار کر رہی ہے۔ یہ { $date } کو { $time } بجے محفوظ کی گئی۔ کنکشن واپس آنے پر بھیج دی جائے گی۔
progress-parked = آپ کی درخواست اس ٹرمینل پر محفوظ ہے، لیکن کونسل کے سسٹم نے اسے قبول نہیں کیا۔ عملے کا ایک رکن اسے ٹھیک کرے گا۔ مزید جاننا چاہیں تو ڈیسک پر پوچھیں۔
progress-sent-untracked = آپ کی درخواست کونسل کو بھیج دی گئی ہے۔ کونسل کا سسٹم اس قسم کی درخواست کی صورتحال نہیں بتاتا۔
progress-open-status = کونسل آپ کی درخواست پر کام کر رہی ہے۔
progress-closed-status = کونسل نے آپ کی درخواست پر کام مکمل کر لیا ہے۔
progress-notes = تازہ ترین خبر: { $notes }
progress-agency = اس پر کام کرنے والے: { $agency }
progress-offline = آپ کی درخواست کونسل کو بھیج دی گئی تھی، لیکن ابھی ہم صورتحال دیکھنے کے لیے کونسل کے سسٹم تک نہیں پہنچ سکتے۔ بعد میں دوبارہ کوشش کریں۔
progress-not-here = یہ حوالہ نمبر اس ٹرمینل پر نہیں بنا، اس لیے اس کی صورتحال یہاں نہیں دیکھی جا سکتی۔ عملے سے پوچھیں، یا کونسل کو فون کریں۔
progress-word-waiting = یہاں محفوظ ہے اور بھیجے جانے کا منتظر ہے
progress-word-staff = عملے کے کسی رکن کا منتظر ہے
progress-word-received = کونسل کو بھیج دی گئی
progress-word-open = اس پر کام ہو رہا ہے
progress-word-closed = مکمل ہو گئی
progress-word-booked = بک ہے
progress-word-cancelled = منسوخ ہو گئی
progress-glimpse = { $service }: { $status }۔
progress-glimpse-more = مزید جاننے کے لیے، یا رسید دوبارہ چھاپنے کے لیے، اپنی رسید کا QR کوڈ اسکینر کے نیچے رکھیں، یا عملے سے پوچھیں۔
progress-glimpse-slip = حاضری لگانے کے لیے، اپنی پرچی کا QR کوڈ اسکینر کے نیچے رکھیں، یا عملے سے پوچھیں۔
progress-too-many = پچھلے چند منٹوں میں یہاں بہت سے حوالہ نمبر نہیں ملے۔ { $minutes } منٹ بعد دوبارہ کوشش کریں، یا عملے سے پوچھیں۔
error-reference-empty = اپنا حوالہ نمبر لکھیں۔ یہ آپ کی رسید پر چھپا ہوا ہے۔
error-reference-length = حوالہ نمبر میں 10 حروف اور ہندسے ہوتے ہیں۔ آپ نے { $count } لکھے۔
error-reference-character = حوالہ نمبر میں "{ $character }" نہیں ہوتا۔ اسے اپنی رسید سے ملائیں۔
error-reference-check = یہ حوالہ نمبر درست نہیں۔ ہر حرف اور ہندسہ اپنی رسید سے ملائیں۔

## Signposts
signpost-phone = فون
signpost-web = ویب سائٹ
signpost-visit = پتہ
signpost-hours = کھلنے کے اوقات
signpost-photo = یہ تفصیلات رکھنے کے لیے آپ اس اسکرین کی تصویر لے سکتے ہیں۔

## Journey pages
step-of = سوال { $step } از { $total }
info-heading = آگے بڑھنے سے پہلے
optional-question = { $question } (اختیاری)
error-summary = ایک مسئلہ ہے
postcode-heading = پوسٹ کوڈ کیا ہے؟
postcode-hint = مثال کے طور پر، DE1 2AB۔
postcode-unknown = مجھے پوسٹ کوڈ معلوم نہیں
house-heading = گھر کا نمبر یا نام کیا ہے؟
house-hint = مثال کے طور پر، 14 یا Rose Cottage۔ فلیٹ ہو تو فلیٹ کا نمبر بھی لکھیں۔
landmark-heading = یہ کہاں ہے؟
landmark-hint = جگہ بیان کریں تاکہ کوئی اسے ڈھونڈ سکے۔ مثال کے طور پر، 12 High Street کے سامنے، یا Victoria Park کے گیٹ کے پاس۔
contact-heading = اس بارے میں ہم آپ سے کیسے رابطہ کریں؟
contact-hint = ہم آپ کی تفصیلات صرف اس درخواست کے لیے استعمال کرتے ہیں۔
contact-phone = فون پر
contact-email = ای میل پر
contact-none = مجھ سے رابطہ نہ کریں
phone-heading = آپ کا فون نمبر کیا ہے؟
phone-hint = برطانیہ کا لینڈ لائن یا موبائل نمبر، جیسے ⁦01632 960 001⁩ یا ⁦07700 900 982⁩۔
email-heading = آپ کا ای میل پتہ کیا ہے؟
email-hint = مثال کے طور پر، name@example.com۔
name-heading = آپ کا نام کیا ہے؟

## Date picker
date-today = آج
date-yesterday = گزشتہ کل
skip-question = یہ سوال چھوڑ دیں
date-unknown = مجھے تاریخ معلوم نہیں
date-none-chosen = ابھی کوئی تاریخ نہیں چنی گئی۔
date-another = اس سے پہلے کی تاریخ
date-day-before = ایک دن پہلے
date-day-after = ایک دن بعد
date-month-before = ایک مہینہ پہلے
date-month-after = ایک مہینہ بعد
date-year-before = ایک سال پہلے
date-year-after = ایک سال بعد
date-long = { $weekday }، { $day } { $month } { $year }
weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
weekday-7 = اتوار
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## On-screen keyboard
keyboard-hide = کی بورڈ چھپائیں
keyboard-show = کی بورڈ دکھائیں
key-space = خالی جگہ
key-delete = مٹائیں
key-clear = سب مٹائیں
key-capitals = بڑے حروف
key-lower-case = چھوٹے حروف
key-more-letters = مزید حروف

## Errors: say what to do
error-enter-text = خانے میں اپنا جواب لکھیں
error-enter-number = کوئی عدد لکھیں، جیسے 2
error-whole-number = پورا عدد لکھیں، جیسے 2
error-number-range = { $min } سے { $max } تک کوئی عدد لکھیں
error-choose-one = جوابوں میں سے ایک چنیں
error-choose-at-least-one = کم از کم ایک جواب چنیں
error-date-not-future = تاریخ آج کی یا گزری ہوئی ہونی چاہیے
error-date-not-past = تاریخ آج کی یا آنے والی ہونی چاہیے
error-too-long = آپ کا جواب زیادہ سے زیادہ { $max } حروف کا ہو سکتا ہے۔ ابھی یہ { $typed } حروف کا ہے۔
error-enter-postcode = پوسٹ کوڈ لکھیں، یا "مجھے پوسٹ کوڈ معلوم نہیں" چنیں
error-postcode-format = برطانیہ کا پورا پوسٹ کوڈ لکھیں، جیسے DE1 2AB
error-enter-house = گھر کا نمبر یا نام لکھیں
error-enter-landmark = بتائیں یہ کہاں ہے
error-choose-contact = چنیں کہ ہم آپ سے کیسے رابطہ کریں
error-enter-phone = اپنا فون نمبر لکھیں
error-phone-format = برطانیہ کا فون نمبر لکھیں، جیسے ⁦01632 960 001⁩ یا ⁦07700 900 982⁩
error-enter-email = اپنا ای میل پتہ لکھیں
error-email-format = @ والا ای میل پتہ لکھیں، جیسے name@example.com
consent-text-reference = میرا حوالہ نمبر مجھے ٹیکسٹ کریں
consent-email-reference = میرا حوالہ نمبر مجھے ای میل کریں
consent-remind = ایک دن پہلے مجھے ٹیکسٹ کے ذریعے یاد دلائیں
consent-updates = جب کونسل میری درخواست کو اپ ڈیٹ کرے تو مجھے بتائیں
notices-heading = کیا آپ چاہتے ہیں کہ ہم آپ کو کچھ بھیجیں؟
notices-hint = جو آپ چاہیں اس پر نشان لگائیں۔ آپ کچھ بھی نہ چنیں تو بھی ٹھیک ہے۔ ہم صرف وہی بھیجتے ہیں جو آپ چنیں۔
row-notices = ہم آپ کو بھیجیں گے
notices-none = کچھ نہیں
error-not-a-mobile = ہم صرف موبائل نمبر پر ٹیکسٹ بھیج سکتے ہیں۔ اپنا نمبر بدلیں، یا ٹیکسٹ کا نشان ہٹا دیں۔
receipt-notices = آپ نے ہم سے یہ بھیجنے کو کہا
appt-texts-heading = کیا آپ اس ملاقات کے بارے میں ٹیکسٹ چاہتے ہیں؟
appt-text-details = مجھے ملاقات کی تفصیل ٹیکسٹ کریں
appt-texts-mobile-hint = برطانیہ کا موبائل نمبر، جیسے ⁦07700 900 982⁩۔ ہم اسے صرف ان ٹیکسٹ کے لیے استعمال کرتے ہیں۔
error-enter-mobile = اپنا موبائل فون نمبر لکھیں
error-mobile-format = برطانیہ کا موبائل نمبر لکھیں، جیسے ⁦07700 900 982⁩
error-enter-name = اپنا نام لکھیں

## Check your answers
check-heading = اپنے جواب دیکھ لیں
check-send-heading = اب اپنی درخواست بھیجیں
check-send-body = جب آپ اسے بھیجیں گے تو یہ پہلے اس ٹرمینل پر محفوظ ہوگی اور پھر کونسل کو بھیجی جائے گی۔
send = بھیجیں
change = بدلیں
not-given = نہیں بتایا
row-postcode = پوسٹ کوڈ
row-house = گھر کا نمبر یا نام
row-landmark = یہ کہاں ہے
row-contact-method = رابطے کا طریقہ
row-phone = فون نمبر
row-email = ای میل پتہ
row-name = نام

## Saving and confirmation
saving-heading = آپ کی درخواست محفوظ کی جا رہی ہے
saving-body = اس میں ایک لمحہ لگتا ہے۔
save-failed-heading = آپ کی درخواست محفوظ نہیں ہو سکی
save-failed-body = اس ٹرمینل پر کچھ گڑبڑ ہو گئی۔ کچھ نہیں بھیجا گیا۔ آپ کے جواب ابھی یہیں ہیں: دوبارہ کوشش کریں، یا عملے سے مدد لیں۔
try-again = دوبارہ کوشش کریں
confirmation-heading = درخواست محفوظ ہو گئی
your-reference = آپ کا حوالہ نمبر ہے
reference-keep = اپنا حوالہ نمبر لکھ لیں یا اس کی تصویر لے لیں۔ صورتحال دیکھنے کے لیے آپ کو اس کی ضرورت ہوگی۔
what-next = آگے کیا ہوگا
saved-here = آپ کی درخواست اس ٹرمینل پر محفوظ ہے۔ ٹرمینل کے کنکٹ ہونے پر اسے کونسل کو بھیج دیا جائے گا۔
saved-will-send = آپ کی درخواست اس ٹرمینل پر محفوظ ہے اور ابھی، یا کنکشن واپس آتے ہی کونسل کو بھیج دی جائے گی۔
rating-question = آج اس ٹرمینل کو استعمال کرنا کیسا رہا؟
rating-thanks = آپ کی رائے کا شکریہ۔
rating-very-good = بہت اچھا
rating-good = اچھا
rating-neither = نہ اچھا نہ برا
rating-poor = برا
rating-very-poor = بہت برا

## Receipts and the printer
receipt-date-time = { $date }، { $time } بجے
receipt-saved = محفوظ کی گئی: { $when }
receipt-reference = آپ کا حوالہ نمبر
receipt-scan = اپنی درخواست کی صورتحال دیکھنے کے لیے یہ کوڈ فون کے کیمرے سے اسکین کریں۔
receipt-scan-terminal = صورتحال دیکھنے کے لیے کونسل کے کسی ٹرمینل پر "کسی درخواست کی صورتحال دیکھیں" چنیں اور یہ کوڈ اسکینر کے نیچے رکھیں۔
receipt-contact = کونسل سے رابطہ
receipt-keep = یہ رسید سنبھال کر رکھیں۔ اس پر کوئی ذاتی تفصیل نہیں ہے۔
receipt-appointment = آپ کی ملاقات کا وقت
receipt-appointment-place = کہاں: { $place }
receipt-appointment-bring = ساتھ لائیں: { $items }
receipt-appointment-provisional = یہ بکنگ ابھی پکی نہیں ہوئی، کیونکہ یہ ٹرمینل کنکٹ نہیں تھا۔ عملہ اسے پکا کرے گا۔ یہ پرچی ساتھ لائیں۔
receipt-test = پرنٹر کی جانچ
receipt-test-paper = کاغذ کی چوڑائی { $dots } نقطے۔
receipt-test-pound = پاؤنڈ کا نشان: £5.00
receipt-test-qr = فون کے کیمرے کو یہ کوڈ ACDE34679E پڑھنا چاہیے۔
printer-printing = آپ کی رسید چھپ رہی ہے…
printer-printed = آپ کی رسید چھپ گئی ہے۔ اسے پرنٹر سے لے لیں۔
printer-out-of-paper = پرنٹر میں کاغذ ختم ہو گیا ہے۔ آپ کی درخواست محفوظ ہے۔ یہ رہا آپ کا حوالہ نمبر اسکرین پر — آپ اس QR کوڈ کی تصویر لے سکتے ہیں۔
printer-cover-open = پرنٹر کا ڈھکن کھلا ہے، اس لیے یہ نہیں چھاپ سکتا۔ آپ کی درخواست محفوظ ہے۔ یہ رہا آپ کا حوالہ نمبر اسکرین پر — آپ اس QR کوڈ کی تصویر لے سکتے ہیں۔
printer-not-working = پرنٹر ابھی کام نہیں کر رہا۔ آپ کی درخواست محفوظ ہے۔ یہ رہا آپ کا حوالہ نمبر اسکرین پر — آپ اس QR کوڈ کی تصویر لے سکتے ہیں۔
printer-stopped = پرنٹر آپ کی رسید مکمل ہونے سے پہلے رک گیا۔ آپ کی درخواست محفوظ ہے۔ یہ رہا آپ کا حوالہ نمبر اسکرین پر — آپ اس QR کوڈ کی تصویر لے سکتے ہیں۔
printer-none = یہ ٹرمینل رسیدیں نہیں چھاپتا۔ آپ کی درخواست محفوظ ہے۔ یہ رہا آپ کا حوالہ نمبر اسکرین پر — آپ اس QR کوڈ کی تصویر لے سکتے ہیں۔
print-again = دوبارہ چھاپیں
receipt-photograph = اس کوڈ میں آپ کا حوالہ نمبر ہے۔ آپ اس کی تصویر لے سکتے ہیں۔
print-receipt = رسید چھاپیں

## Staff
staff-heading = عملے کا سائن اِن
staff-pin-hint = اپنا PIN لکھیں۔
staff-number-hint = اپنا اسٹاف نمبر لکھیں۔
staff-number-shown = اسٹاف نمبر: { $number }
staff-next = آگے
staff-change-number = اسٹاف نمبر بدلیں
staff-wrong = یہ اسٹاف نمبر اور PIN آپس میں نہیں ملتے۔
staff-wrong-left = اس اسٹاف نمبر کے لیے PIN درست نہیں۔ بند ہونے سے پہلے باقی کوششیں: { $left }۔
staff-account-locked = یہ اسٹاف نمبر { $time } تک بند ہے۔ ایڈمن اسے پہلے کھول سکتا ہے۔
staff-sign-in = سائن اِن کریں
staff-cancel = منسوخ کریں
staff-checking = جانچ ہو رہی ہے…
staff-signed-in = سائن اِن: { $name }
staff-assist = مدد والا سیشن شروع کریں
staff-assisting = { $name } کے ساتھ مدد والا سیشن
staff-sign-out = سائن آؤٹ کریں
staff-unavailable = اس ٹرمینل پر عملے کا سائن اِن کام نہیں کر رہا۔

## The hub view (staff)
hub-open = ہب کا منظر
hub-heading = یہ ٹرمینل
hub-today = آج
hub-week = اس ہفتے
hub-month = اس مہینے
hub-outbox = اس ٹرمینل پر درخواستیں
hub-waiting = بھیجے جانے کے انتظار میں: { $count }
hub-sent = بھیجی گئیں: { $count }
hub-attention = کونسل کے سسٹم نے رد کیں: { $count }
hub-retry = دوبارہ بھیجیں
hub-printer = پرنٹر
hub-printer-ok = کام کر رہا ہے
hub-journeys = کام
hub-started = شروع ہوئے
hub-completed = مکمل ہوئے
hub-abandoned = ادھورے چھوڑے
hub-abandoned-at = سب سے زیادہ یہاں چھوڑے: { $step }
hub-assisted = ڈیجیٹل چیمپئن کی مدد سے: { $percent }%
hub-help = مدد کی درخواستیں: { $count }
hub-languages = زبانیں
hub-satisfaction-heading = اطمینان
hub-satisfaction = { $percent }% رائے اچھی یا بہت اچھی تھی
hub-target-met = ہدف { $target }%: پورا
hub-target-missed = ہدف { $target }%: پورا نہیں
hub-no-ratings = ابھی کوئی رائے نہیں
hub-export = CSV کے طور پر محفوظ کریں
hub-exported = { $path } میں محفوظ ہو گیا
hub-export-failed = محفوظ نہیں ہو سکا: { $reason }

## Appointments: check-in and the hub
progress-checked-in = آپ کی { $type } ملاقات ({ $time } بجے) کے لیے آپ کی حاضری لگ گئی ہے۔ انتظار گاہ میں بیٹھ جائیں: مشیر آپ کو بلائے گا۔
progress-already-in = آپ کی { $type } ملاقات ({ $time } بجے) کے لیے حاضری پہلے ہی لگ چکی ہے۔ مشیر آپ کو بلائے گا۔
progress-other-day = آپ کی { $type } ملاقات { $date } کو { $time } بجے ہے، آج نہیں۔ تب آئیں، یا عملے سے پوچھیں۔
progress-provisional = آپ کی { $type } ملاقات ({ $date }، { $time } بجے) ابھی پکی نہیں ہوئی۔ عملے کو بتائیں کہ آپ آ گئے ہیں۔
progress-conflict = آپ کی { $type } ملاقات میں ایک مسئلہ ہے۔ عملے کو بتائیں کہ آپ آ گئے ہیں۔
hub-appointments = آج کی ملاقاتیں
hub-no-appointments = آج کوئی ملاقات نہیں
hub-arrived = آ گئے
hub-not-arrived = ابھی نہیں آئے
hub-provisional = ابھی پکی نہیں
hub-conflict = عملے کی ضرورت: وقت لیا جا چکا ہے

## Booking appointments
appt-kind-heading = آپ کو کس بارے میں مدد چاہیے؟
appt-length = تقریباً { $minutes } منٹ
appt-loading = خالی وقت تلاش کر رہے ہیں…
appt-day-heading = آپ کے لیے کون سا دن ٹھیک ہے؟
appt-day-hint = صرف وہ دن دکھائے گئے ہیں جن میں خالی وقت ہے۔
appt-time-heading = آپ کے لیے کون سا وقت ٹھیک ہے؟
appt-day-full = اس دن اب کوئی خالی وقت نہیں ہے۔ واپس جا کر کوئی اور دن چنیں۔
appt-none = اگلے 4 ہفتوں میں کوئی خالی وقت نہیں ہے۔ عملے کے کسی رکن سے پوچھیں: وہ کسی اور طریقے سے مدد کر سکتے ہیں۔
appt-offline = اس وقت مرکز کی ڈائری تک رسائی نہیں ہو سکتی۔ آپ پھر بھی وقت لے سکتے ہیں: وقت اس ٹرمینل پر رکھا جائے گا اور عملہ اس کی تصدیق کرے گا۔
appt-lost = کسی نے ابھی { $time } کا وقت لے لیا ہے۔ اگلا خالی وقت { $next } ہے۔
appt-lost-none = کسی نے ابھی وہ وقت لے لیا ہے، اور اگلے 4 ہفتوں میں مزید کوئی خالی وقت نہیں ہے۔
appt-take-next = { $next } کا وقت لیں
appt-check-heading = اپنی ملاقات دیکھ لیں
appt-what = کس بارے میں
appt-when = کب
appt-where = کہاں
appt-bring = ساتھ کیا لانا ہے
appt-book = یہ ملاقات طے کریں
appt-move = اس وقت پر منتقل کریں
appt-other-time = کوئی اور وقت چنیں
appt-booking = آپ کی ملاقات طے ہو رہی ہے…
appt-failed = آپ کی ملاقات طے نہیں ہو سکی۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔
appt-move-failed = ملاقات منتقل نہیں ہوئی: { $reason }
appt-move-heading = ملاقات منتقل کریں
appt-booked-heading = آپ کی ملاقات طے ہو گئی ہے
appt-provisional-heading = آپ کی ملاقات رکھی گئی ہے
appt-moved-heading = ملاقات منتقل ہو گئی ہے
appt-provisional = یہ ٹرمینل مرکز کی ڈائری تک نہیں پہنچ سکا، اس لیے وقت یہاں رکھا گیا ہے جب تک عملہ تصدیق نہ کرے۔ اپنی پرچی ساتھ لائیں۔
slip-next-steps = پہنچ کر اس پرچی کا QR کوڈ کیوسک کے اسکینر کے نیچے رکھیں، یا عملے کو دکھائیں۔
hub-book = کسی رہائشی کے لیے ملاقات طے کریں
hub-upcoming = آنے والی ملاقاتیں
hub-move = منتقل کریں
hub-cancel = منسوخ کریں
hub-cancel-confirm = کیا { $date } کو { $time } بجے کی { $type } ملاقات منسوخ کرنی ہے؟
hub-cancel-yes = ہاں، منسوخ کریں
hub-cancel-no = نہیں، رہنے دیں
hub-cancelled = ملاقات منسوخ ہو گئی ہے اور اس کا وقت پھر خالی ہے۔
hub-cancel-failed = ملاقات منسوخ نہیں ہوئی: { $reason }
hub-network = کونسل سے رابطہ
hub-network-none = کونسل کا کوئی نظام سیٹ نہیں ہے: درخواستیں اسی ٹرمینل پر رہتی ہیں۔
hub-network-waiting = ابھی کوشش نہیں کی گئی۔
hub-network-ok = کونسل کے نظام نے { $time } بجے جواب دیا۔
hub-network-down = کونسل کے نظام نے { $time } بجے جواب نہیں دیا۔ درخواستیں یہاں انتظار کرتی ہیں اور جواب ملنے پر بھیج دی جاتی ہیں۔
out-of-order = یہ ٹرمینل اس وقت کام نہیں کر رہا۔ براہ کرم عملے کے کسی رکن سے مدد مانگیں۔
hub-exported-stick = USB اسٹک پر محفوظ کیا گیا: { $path }

# Payments
pay-error-reference-missing = اپنے بل یا خط سے حوالہ نمبر درج کریں۔
pay-error-reference-pattern = یہ آپ کے بل پر موجود حوالہ نمبر جیسا نہیں لگتا۔ اسے چیک کریں اور دوبارہ کوشش کریں۔
pay-error-reference-check = اس حوالہ نمبر میں ٹائپ کی غلطی ہے۔ ہر ہندسہ اپنے بل سے ملائیں۔
pay-error-amount-low = کم از کم { $min } درج کریں۔
pay-error-amount-high = زیادہ سے زیادہ { $max } درج کریں۔
pay-error-amount-unreadable = رقم پاؤنڈ اور پینس میں درج کریں، جیسے 12.50۔
pay-error-quantity = 1 سے { $max } تک چنیں۔
pay-progress-scan = ادائیگی کے لیے اپنے فون کے کیمرے سے کوڈ اسکین کریں۔ ادائیگی کا صفحہ کھلتے ہی کوڈ غائب ہو جائے گا۔
pay-progress-opened = اپنے فون پر ادائیگی مکمل کریں۔ ادائیگی ہو جانے پر یہ اسکرین بدل جائے گی۔
pay-progress-reader = کارڈ ریڈر پر دی گئی ہدایات پر عمل کریں۔
pay-progress-paid = ادائیگی ہو گئی
pay-progress-declined = ادائیگی مسترد ہو گئی۔ کوئی رقم نہیں لی گئی۔
pay-progress-cancelled = ادائیگی منسوخ ہو گئی۔ کوئی رقم نہیں لی گئی۔
pay-progress-failed = ادائیگی نہیں ہو سکی۔ کوئی رقم نہیں لی گئی۔
pay-progress-checking = ہم ادائیگی کی سروس سے معلوم کر رہے ہیں۔ دوبارہ ادائیگی نہ کریں۔
pay-pin-needed = اس رقم کے لیے آپ کو اپنا PIN درکار ہوگا۔
pay-cash-only = کارڈ اور فون سے ادائیگی ابھی کام نہیں کر رہی۔ آپ پوسٹ آفس یا PayPoint پر نقد ادائیگی کر سکتے ہیں۔
pay-none-now = اس کی ادائیگی ابھی یہاں نہیں ہو سکتی۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔
pay-receipt-title = ادائیگی کی رسید
pay-receipt-paid-on = ادائیگی { $when }
pay-receipt-quantity = تعداد: { $quantity }
pay-receipt-council-reference = حوالہ: { $reference }
pay-receipt-fund = فنڈ: { $fund }
pay-receipt-amount = ادا کی گئی رقم
pay-receipt-vat = { $rate }% VAT شامل ہے: { $vat }
pay-receipt-vat-number = VAT نمبر: { $number }
pay-receipt-card = کارڈ: { $brand } جس کے آخر میں { $last4 } ہے
pay-receipt-application = ایپلیکیشن: { $aid } { $name }
pay-receipt-authorisation = اجازت کا کوڈ: { $code }
pay-receipt-verified-pin = PIN سے تصدیق ہوئی
pay-receipt-verified-signature = دستخط سے تصدیق ہوئی
pay-receipt-verified-device = کارڈ ہولڈر کے آلے پر تصدیق ہوئی
pay-receipt-verified-none = کارڈ ہولڈر کی تصدیق نہیں (کانٹیکٹ لیس)
pay-receipt-verified-other = کارڈ ہولڈر کی تصدیق جیسے ریڈر نے درج کی
pay-receipt-phone = GOV.UK Pay کے ذریعے آن لائن ادائیگی
pay-receipt-transaction = لین دین: { $id }
pay-receipt-payment-id = ادائیگی نمبر: { $id }
pay-receipt-keep = یہ رسید ادائیگی کے ثبوت کے طور پر رکھیں۔
pay-cash-title = نقد ادائیگی کیسے کریں
pay-cash-amount = ادا کرنے کی رقم: { $amount }
pay-cash-reference = آپ کا حوالہ نمبر
pay-cash-where-heading = کہاں ادائیگی کریں
pay-cash-where = کسی بھی پوسٹ آفس کاؤنٹر پر، یا PayPoint کے نشان والی کسی بھی دکان پر۔
pay-cash-how-heading = کیسے ادائیگی کریں
pay-cash-how = اپنا بل یا کونسل کا ادائیگی کارڈ ساتھ لے جائیں: کاؤنٹر پر اس کا بارکوڈ اسکین کیا جاتا ہے۔ اس پرچی پر کوئی بارکوڈ نہیں ہے۔ اگر آپ کے پاس بل نہیں ہے تو پہلے کونسل سے رابطہ کریں۔
pay-cash-not-paid = یہ پرچی رسید نہیں ہے۔ ابھی کچھ ادا نہیں ہوا۔
pay-cash-slip-printed = آپ کی ادائیگی کی پرچی چھپ گئی ہے۔ اسے پرنٹر سے لے لیں۔
pay-cash-keep = ادائیگی ہونے تک یہ پرچی رکھیں۔

## Paying at the kiosk: the pages
pay-open = کونسل کو ادائیگی کریں
pay-what-heading = آپ کس چیز کی ادائیگی کرنا چاہتے ہیں؟
pay-price-each = ایک کے { $price }، ایک وقت میں { $max } تک
pay-price-range = { $min } سے { $max } تک کوئی بھی رقم
pay-reference-heading = آپ کے بل یا خط پر لکھا حوالہ نمبر
pay-reference-hint = اسے ویسے ہی لکھیں جیسے چھپا ہوا ہے۔ خالی جگہوں اور ڈیش سے فرق نہیں پڑتا۔
pay-quantity-heading = آپ کو کتنے چاہییں؟
pay-quantity-choice = { $quantity }: { $total }
pay-amount-heading = آپ کتنی ادائیگی کرنا چاہتے ہیں؟
pay-amount-hint = { $min } سے { $max } تک رقم پاؤنڈ اور پینس میں لکھیں، جیسے 12.50۔
pay-amount-to-pay = ادا کرنے کی رقم: { $amount }
pay-check-heading = اپنی ادائیگی چیک کریں
pay-row-item = آپ کس چیز کی ادائیگی کر رہے ہیں
pay-row-reference = حوالہ نمبر
pay-row-quantity = کتنے
pay-row-amount = رقم
pay-row-payment-number = ادائیگی نمبر
pay-total = کل ادائیگی: { $amount }
pay-total-vat = اس میں { $vat } VAT شامل ہے۔
pay-choose-how = ادائیگی کا طریقہ چنیں
pay-how-heading = آپ کیسے ادائیگی کرنا چاہتے ہیں؟
pay-how-checking = دیکھ رہے ہیں کہ ابھی ادائیگی کے کون سے طریقے کام کر رہے ہیں…
pay-method-phone = اپنے فون پر ادائیگی کریں
pay-method-phone-hint = اپنے فون کے کیمرے سے کوڈ اسکین کریں اور GOV.UK کے محفوظ صفحے پر ادائیگی کریں۔
pay-method-card = یہاں کارڈ سے ادائیگی کریں
pay-method-card-hint = اس اسکرین کے ساتھ والا کارڈ ریڈر استعمال کریں۔
pay-method-cash = پوسٹ آفس یا PayPoint پر نقد ادائیگی کریں
pay-method-cash-hint = ہم ایک پرچی چھاپتے ہیں جس پر لکھا ہوتا ہے کہ کہاں اور کیسے ادائیگی کرنی ہے۔ آپ بعد میں ادائیگی کرتے ہیں۔
pay-declined-twice = آپ کا کارڈ دو بار مسترد ہوا۔ کوئی رقم نہیں لی گئی۔ ادائیگی کا کوئی اور طریقہ چنیں، یا عملے کے کسی رکن سے مدد مانگیں۔
pay-starting = آپ کی ادائیگی تیار کی جا رہی ہے…
pay-start-failed = ادائیگی کا یہ طریقہ ابھی کام نہیں کر رہا۔ کوئی رقم نہیں لی گئی۔ کوئی اور طریقہ چنیں۔
pay-phone-heading = اپنے فون پر ادائیگی کریں
pay-card-heading = کارڈ سے ادائیگی کریں
pay-stop = یہ ادائیگی روکیں
pay-stopping = ادائیگی روکی جا رہی ہے…
pay-not-paid-heading = ادائیگی نہیں ہوئی
pay-other-way = ادائیگی کا کوئی اور طریقہ چنیں
pay-cash-heading = نقد ادائیگی کریں

## Hub view: today's payments
hub-payments = آج کی ادائیگیاں
hub-payments-none = آج کوئی ادائیگی نہیں ہوئی۔
hub-payments-failed = آج کی ادائیگیاں پڑھی نہیں جا سکیں: { $reason }
hub-pay-count-unknown = نامعلوم، ادائیگی سروس سے چیک ہو رہی ہیں: { $count }
hub-pay-count-under-way = ابھی ادا ہو رہی ہیں: { $count }
hub-pay-count-not-posted = ادا ہو گئیں، ابھی کونسل کو آگے نہیں بھیجی گئیں: { $count }
hub-pay-count-posted = ادا ہو گئیں اور کونسل کو آگے بھیج دی گئیں: { $count }
hub-pay-count-not-paid = ادا نہیں ہوئیں (مسترد، منسوخ یا ناکام): { $count }
hub-pay-unknown = نامعلوم
hub-pay-under-way = ادا ہو رہی ہے
hub-pay-not-posted = ادا ہو گئی، ابھی آگے نہیں بھیجی گئی
hub-pay-posted = ادا ہو گئی اور آگے بھیج دی گئی
hub-pay-not-paid = ادا نہیں ہوئی

# Hub view: trends, help answer times, set-up and monitoring
hub-trends = پچھلے 12 ہفتے
hub-chart-journeys = ہر ہفتے شروع اور مکمل ہونے والی درخواستیں
hub-chart-satisfaction = ہر ہفتے اطمینان، 85% اور 95% کے اہداف کے مقابلے میں
hub-chart-help = ہر ہفتے مدد کی درخواستیں، اور ڈیجیٹل مددگار کے ساتھ ہونے والی درخواستوں کا حصہ
hub-legend-started = شروع ہوئیں
hub-legend-finished = مکمل ہوئیں
hub-legend-satisfied = مطمئن (%)
hub-legend-target = اہداف
hub-legend-help = مدد کی درخواستیں
hub-legend-assisted = ڈیجیٹل مددگار کے ساتھ (%)
hub-week-line = { $date } کا ہفتہ: { $started } شروع ہوئیں، { $finished } مکمل ہوئیں، { $satisfied }، مدد کی { $help } درخواستیں، { $assisted }% ڈیجیٹل مددگار کے ساتھ۔
hub-week-satisfied = { $percent }% مطمئن
hub-week-no-ratings = کوئی درجہ بندی نہیں
hub-help-answered = { $date } کے ہفتے میں مدد کی کالیں: { $calls } کی گئیں، { $answered } کا جواب دیا گیا۔ آدھی کا جواب { $median } منٹ میں، ہر 10 میں سے 9 کا { $p90 } منٹ میں دیا گیا۔
hub-help-none-answered = { $date } کے ہفتے میں مدد کی کالیں: { $calls } کی گئیں، اس ٹرمینل پر عملے کے سائن ان سے کسی کا جواب نہیں دیا گیا۔
hub-erase-soon = رد شدہ درخواستیں جن کی ذاتی تفصیلات ایک ہفتے میں مٹا دی جائیں گی: { $count }۔ انہیں دوبارہ بھیجیں یا اس سے پہلے ان کا حل کریں۔
hub-setup = سیٹ اپ اور نگرانی
hub-setup-fetched = سیٹ اپ ورژن { $version }، کونسل سے { $time } بجے { $date } کو حاصل کیا گیا۔
hub-setup-local = سیٹ اپ ورژن { $version }، اس ٹرمینل کی اپنی فائل سے۔
hub-setup-refused = کونسل کی آخری { $file } فائل استعمال نہیں کی گئی: { $reason }
hub-metrics-on = کونسل کی نگرانی کے اعداد و شمار { $address } پر دستیاب ہیں۔
hub-metrics-off = کونسل کی نگرانی کے اعداد و شمار بند ہیں۔
hub-metrics-failed = کونسل کی نگرانی کے اعداد و شمار شروع نہیں ہو سکے: { $reason }
hub-help-calls = مدد کی کالیں
hub-week-by-week = ہفتہ بہ ہفتہ
## Addresses and streets from the gazetteer
addresses-heading = { $postcode } پر پتہ منتخب کریں
address-not-listed = میرا پتہ فہرست میں نہیں ہے
addresses-none = ہمیں { $postcode } پر کوئی پتہ نہیں ملا۔ اس کے بجائے گھر کا نمبر یا نام لکھیں۔
street-heading = یہ کس گلی میں ہے؟
street-hint = گلی کا نام لکھیں، جیسے Mill Lane، یا پوسٹ کوڈ۔
streets-heading = گلی منتخب کریں
streets-none = ہمیں "{ $typed }" نام کی کوئی گلی نہیں ملی۔ اس کے بجائے بتائیں کہ یہ کہاں ہے۔
street-in-town = { $street }، { $town }
near-heading = یہ { $street } پر کس نمبر کے قریب ہے؟
near-hint = مسئلے کے سب سے قریب والا گھر یا عمارت منتخب کریں۔
describe-instead = مجھے نہیں مل رہا: جگہ بیان کریں
row-address = پتہ
row-street = گلی
row-near = قریب
error-choose-address = اپنا پتہ منتخب کریں، یا "میرا پتہ فہرست میں نہیں ہے" منتخب کریں
error-enter-street = گلی کا نام یا پوسٹ کوڈ لکھیں
error-choose-street = گلی منتخب کریں، یا جگہ بیان کریں
error-choose-near = سب سے قریب والا نمبر منتخب کریں، یا جگہ بیان کریں

## Nearby reports
nearby-heading = کیا اس کی اطلاع پہلے ہی دی جا چکی ہے؟
nearby-hint = قریب کے ان مسائل کی اطلاع پہلے ہی دی جا چکی ہے اور ان پر کام ہو رہا ہے۔ کیا آپ کا مسئلہ ان میں سے ایک ہے؟
nearby-none-of-these = ان میں سے کوئی نہیں: یہ نیا مسئلہ ہے
nearby-distance = { $metres } میٹر دور
nearby-reported = { $days ->
    [one] { $days } دن پہلے اطلاع دی گئی
   *[other] { $days } دن پہلے اطلاع دی گئی
}
nearby-reported-today = آج اطلاع دی گئی
nearby-out-of-date = ہم اس وقت کونسل کے سسٹم تک نہیں پہنچ سکتے، اس لیے یہ فہرست پرانی ہو سکتی ہے۔
already-reported-heading = اس کی اطلاع پہلے ہی دی جا چکی ہے
already-reported-body = کونسل کو اس مسئلے کا علم ہے اور وہ اس پر کام کر رہی ہے۔ آپ کو دوبارہ اطلاع دینے کی ضرورت نہیں۔
already-reported-follow = اس کا حوالہ نمبر پرنٹ کریں تاکہ میں پیش رفت دیکھ سکوں
already-reported-add = میری اطلاع بھی بھیجیں
following-heading = آپ اس رپورٹ پر نظر رکھ رہے ہیں
following-body = کونسل کے پاس یہ رپورٹ پہلے سے ہے۔ یہ حوالہ نمبر رکھیں: درخواست کی پیش رفت دیکھیں میں اسے لکھیں یا اسکین کریں تاکہ معلوم ہو کام کہاں تک پہنچا۔
following-receipt = آپ ایک ایسی رپورٹ پر نظر رکھ رہے ہیں جو کونسل کے پاس پہلے سے ہے۔ کچھ نیا نہیں بھیجا گیا۔
follow-failed = ابھی اس رپورٹ پر نظر نہیں رکھی جا سکتی۔ آپ ختم کر سکتے ہیں، یا اپنی رپورٹ بھی بھیج سکتے ہیں۔
places-looking = تلاش کر رہے ہیں…
streets-none-buildings = اس گلی میں کوئی گھر یا عمارت درج نہیں ہے۔ اس کے بجائے جگہ بیان کریں۔
