# Frontdoor: words on screen, Arabic (Modern Standard Arabic, plain words).
# NEEDS REVIEW: written by the Frontdoor team, not yet checked by a fluent
# speaker. Have a fluent Arabic speaker review every line before live use.
# Message ids and variables match the source locale, en-GB.
# Phone numbers in examples are wrapped in invisible left-to-right isolate
# marks (U+2066 ... U+2069) so their digit groups show in their own order.
# Plural categories for Arabic: zero, one, two, few, many, other.

## The language itself
language-name = العربية
language-direction = rtl

## Every screen
language-button = اللغة
language-close = إغلاق
back = رجوع
start-again = البدء من جديد
help-button = اطلب المساعدة من الموظفين
help-asked-short = الموظفون في الطريق
help-asked-heading = طلبنا من أحد الموظفين أن يأتي إليك
help-asked-body = ابقَ هنا. سيأتي إليك أحد قريبًا. إجاباتك محفوظة.
help-carry-on = سأكمل بنفسي
help-calling = جارٍ الاتصال بأحد الموظفين…
help-told-heading = تم إبلاغ أحد الموظفين
help-told-body = ابقَ هنا. سيأتي إليك شخص قريبًا. إجاباتك محفوظة.
help-desk-heading = يُرجى السؤال في مكتب المساعدة
help-desk-failed = لم نتمكن من الوصول إلى أحد الموظفين من هذا الجهاز. إجاباتك محفوظة.
help-desk-no-one-came = لم يأتِ أحد بعد. نأسف لأنك اضطررت إلى الانتظار. إجاباتك محفوظة.
help-desk-default = اسأل في المكتب الرئيسي وسيساعدك أحد الموظفين.
help-call-again = اتصل مرة أخرى
continue = متابعة
finish = إنهاء

## Read aloud
speech-start = اقرأ بصوت عالٍ
speech-stop = أوقف القراءة بصوت عالٍ
speech-missing = القراءة بصوت عالٍ غير متاحة على هذا الجهاز
speech-louder = أعلى
speech-quieter = أخفض
speech-field = مربع الكتابة

## Inactivity
idle-heading = هل ما زلت هنا؟
idle-body = لحماية معلوماتك، ستُمسح هذه الشاشة بعد { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
idle-seconds = { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}
idle-still-here = ما زلت هنا

## Welcome
welcome-heading = مرحبًا بك في { $site }
welcome-intro = أبلغ عن مشكلة، أو قدّم طلبًا، أو أخبر المجلس بتغيير في ظروفك. معظم الأمور تستغرق حوالي خمس دقائق.
choose-language = اختر لغتك
choose-text-size = اختر حجم الخط
size-standard = عادي
size-large = كبير
size-largest = كبير جدًا
choose-colours = اختر الألوان
colours-standard = كتابة داكنة على أبيض
colours-high-contrast = كتابة فاتحة على أسود
start = ابدأ

## Services
services-heading = ما الذي تحتاج المساعدة فيه؟
search-open = ابحث عن خدمة
group-other = خدمات أخرى
group-count = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
search-heading = ابحث عن خدمة
search-hint = اكتب كلمة، مثل حاوية أو مصباح أو ضريبة. الكلمات الإنجليزية تعمل أيضًا.
search-none = لا توجد خدمات تطابق "{ $query }". جرّب كلمة أخرى، أو ارجع لترى كل الخدمات.
search-count = { $count ->
    [zero] لم نجد أي خدمة
    [one] وجدنا خدمة واحدة
    [two] وجدنا خدمتين
    [few] وجدنا { $count } خدمات
    [many] وجدنا { $count } خدمة
   *[other] وجدنا { $count } خدمة
}

## Check progress
progress-open = تابع حالة طلب
progress-heading = تابع حالة طلب
progress-hint = اكتب الرقم المرجعي الموجود على الإيصال، أو ضع رمز QR الموجود على الإيصال تحت الماسح. يتكون الرقم المرجعي من 10 حروف وأرقام، مثل ACDE 346 79E.
progress-check = تحقق من الحالة
progress-looking = نبحث عن طلبك.
progress-reference = الرقم المرجعي { $reference }
progress-waiting = طلبك محفوظ على هذا الجهاز وينتظر إرساله إلى المجلس. حُفظ الساعة { $time } يوم { $date }. سيُرسل عندما يعود الاتصال.
progress-parked = طلبك محفوظ على هذا الجهاز، لكن نظام المجلس لم يقبله. سيحل أحد الموظفين هذه المشكلة. اسأل في المكتب إذا أردت أن تعرف المزيد.
progress-sent-untracked = أُرسل طلبك إلى المجلس. نظام المجلس لا يعطي أخبارًا عن هذا النوع من الطلبات.
progress-open-status = المجلس يعمل على طلبك.
progress-closed-status = انتهى المجلس من العمل على طلبك.
progress-notes = آخر خبر: { $notes }
progress-agency = الجهة المسؤولة: { $agency }
progress-offline = أُرسل طلبك إلى المجلس، لكن لا يمكننا الوصول إلى نظام المجلس الآن لمعرفة حالته. حاول مرة أخرى لاحقًا.
progress-not-here = هذا الرقم المرجعي لم يُنشأ على هذا الجهاز، لذلك لا يمكن معرفة حالته هنا. اسأل أحد الموظفين، أو اتصل بالمجلس.
progress-word-waiting = محفوظ هنا وينتظر الإرسال
progress-word-staff = ينتظر أحد الموظفين
progress-word-received = أُرسل إلى المجلس
progress-word-open = قيد المعالجة
progress-word-closed = انتهى
progress-word-booked = محجوز
progress-word-cancelled = أُلغي
progress-glimpse = { $service }: { $status }.
progress-glimpse-more = لمعرفة المزيد، أو لطباعة الإيصال مرة أخرى، ضع رمز QR الموجود على إيصالك تحت الماسح، أو اسأل أحد الموظفين.
progress-glimpse-slip = لتسجيل وصولك، ضع رمز QR الموجود على ورقتك تحت الماسح، أو اسأل أحد الموظفين.
progress-too-many = لم نجد أرقامًا مرجعية كثيرة هنا في الدقائق الأخيرة. حاول مرة أخرى بعد { $minutes } دقيقة، أو اسأل أحد الموظفين.
error-reference-empty = أدخل الرقم المرجعي. إنه مطبوع على الإيصال.
error-reference-length = يتكون الرقم المرجعي من 10 حروف وأرقام. أدخلت { $count }.
error-reference-character = الرقم المرجعي لا يحتوي على "{ $character }". قارنه بالإيصال.
error-reference-check = هذا الرقم المرجعي غير صحيح. قارن كل حرف وكل رقم بالإيصال.

## Signposts
signpost-phone = الهاتف
signpost-web = الموقع الإلكتروني
signpost-visit = العنوان
signpost-hours = أوقات العمل
signpost-photo = يمكنك تصوير هذه الشاشة لتحتفظ بهذه التفاصيل.

## Journey pages
step-of = السؤال { $step } من { $total }
info-heading = قبل أن تتابع
optional-question = { $question } (اختياري)
error-summary = هناك مشكلة
postcode-heading = ما هو الرمز البريدي؟
postcode-hint = مثلًا: DE1 2AB.
postcode-unknown = لا أعرف الرمز البريدي
house-heading = ما هو رقم المنزل أو اسمه؟
house-hint = مثلًا: 14 أو Rose Cottage. إذا كانت شقة، اكتب رقم الشقة أيضًا.
landmark-heading = أين هو؟
landmark-hint = صِف المكان حتى يستطيع أحد أن يجده. مثلًا: أمام 12 High Street، أو عند بوابة Victoria Park.
contact-heading = كيف نتواصل معك بخصوص هذا؟
contact-hint = نستخدم بياناتك لهذا الطلب فقط.
contact-phone = بالهاتف
contact-email = بالبريد الإلكتروني
contact-none = لا تتواصلوا معي
phone-heading = ما هو رقم هاتفك؟
phone-hint = رقم هاتف أرضي أو محمول في المملكة المتحدة، مثل ⁦01632 960 001⁩ أو ⁦07700 900 982⁩.
email-heading = ما هو بريدك الإلكتروني؟
email-hint = مثلًا: name@example.com.
name-heading = ما اسمك؟

## Date picker
date-today = اليوم
date-yesterday = أمس
skip-question = تخطَّ هذا السؤال
date-unknown = لا أعرف التاريخ
date-none-chosen = لم تختر تاريخًا بعد.
date-another = تاريخ أقدم
date-day-before = اليوم السابق
date-day-after = اليوم التالي
date-month-before = الشهر السابق
date-month-after = الشهر التالي
date-year-before = السنة السابقة
date-year-after = السنة التالية
date-long = { $weekday } { $day } { $month } { $year }
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## On-screen keyboard
keyboard-hide = إخفاء لوحة المفاتيح
keyboard-show = إظهار لوحة المفاتيح
key-space = مسافة
key-delete = حذف
key-clear = مسح الكل
key-capitals = حروف كبيرة
key-lower-case = حروف صغيرة
key-more-letters = حروف أخرى

## Errors: say what to do
error-enter-text = اكتب إجابتك في المربع
error-enter-number = أدخل رقمًا، مثل 2
error-whole-number = أدخل رقمًا صحيحًا بدون كسور، مثل 2
error-number-range = أدخل رقمًا من { $min } إلى { $max }
error-choose-one = اختر إجابة واحدة
error-choose-at-least-one = اختر إجابة واحدة على الأقل
error-date-not-future = يجب أن يكون التاريخ اليوم أو في الماضي
error-date-not-past = يجب أن يكون التاريخ اليوم أو في المستقبل
error-too-long = يجب ألا تزيد إجابتك عن { $max } حرفًا. فيها الآن { $typed } حرفًا.
error-enter-postcode = أدخل الرمز البريدي، أو اختر "لا أعرف الرمز البريدي"
error-postcode-format = أدخل رمزًا بريديًا كاملًا في المملكة المتحدة، مثل DE1 2AB
error-enter-house = أدخل رقم المنزل أو اسمه
error-enter-landmark = صِف أين هو
error-choose-contact = اختر كيف نتواصل معك
error-enter-phone = أدخل رقم هاتفك
error-phone-format = أدخل رقم هاتف في المملكة المتحدة، مثل ⁦01632 960 001⁩ أو ⁦07700 900 982⁩
error-enter-email = أدخل بريدك الإلكتروني
error-email-format = أدخل بريدًا إلكترونيًا فيه العلامة @، مثل name@example.com
consent-text-reference = أرسل لي رقمي المرجعي في رسالة نصية
consent-email-reference = أرسل لي رقمي المرجعي بالبريد الإلكتروني
consent-remind = ذكّرني برسالة نصية قبل الموعد بيوم
consent-updates = أخبرني عندما يحدّث المجلس طلبي
notices-heading = هل تريد أن نرسل لك شيئًا؟
notices-hint = ضع علامة على ما تريد. يمكنك ألا تختار شيئًا. نرسل فقط ما تختاره.
row-notices = سنرسل لك
notices-none = لا شيء
error-not-a-mobile = يمكننا إرسال الرسائل النصية إلى رقم هاتف محمول فقط. غيّر رقمك أو أزل علامة الرسالة النصية.
receipt-notices = طلبت منا أن نرسل لك
appt-texts-heading = هل تريد رسالة نصية عن هذا الموعد؟
appt-text-details = أرسل لي تفاصيل الموعد في رسالة نصية
appt-texts-mobile-hint = رقم هاتف محمول في المملكة المتحدة، مثل ⁦07700 900 982⁩. نستخدمه لهذه الرسائل فقط.
error-enter-mobile = أدخل رقم هاتفك المحمول
error-mobile-format = أدخل رقم هاتف محمول في المملكة المتحدة، مثل ⁦07700 900 982⁩
error-enter-name = أدخل اسمك

## Check your answers
check-heading = راجع إجاباتك
check-send-heading = الآن أرسل طلبك
check-send-body = عندما ترسل هذا، يُحفظ على هذا الجهاز ثم يُرسل إلى المجلس.
send = إرسال
change = تغيير
not-given = لم تذكره
row-postcode = الرمز البريدي
row-house = رقم المنزل أو اسمه
row-landmark = المكان
row-contact-method = كيف نتواصل معك
row-phone = رقم الهاتف
row-email = البريد الإلكتروني
row-name = الاسم

## Saving and confirmation
saving-heading = نحفظ طلبك
saving-body = يستغرق هذا لحظة.
save-failed-heading = لم نستطع حفظ طلبك
save-failed-body = حدث خطأ في هذا الجهاز. لم يُرسل أي شيء. إجاباتك ما زالت هنا: حاول مرة أخرى، أو اطلب المساعدة من أحد الموظفين.
try-again = حاول مرة أخرى
confirmation-heading = حُفظ طلبك
your-reference = رقمك المرجعي هو
reference-keep = اكتب رقمك المرجعي أو التقط صورة له. ستحتاجه لتعرف حالة طلبك.
what-next = ماذا سيحدث بعد ذلك
saved-here = طلبك محفوظ على هذا الجهاز. سيُرسل إلى المجلس عندما يتصل هذا الجهاز بالشبكة.
saved-will-send = طلبك محفوظ على هذا الجهاز وسيُرسل إلى المجلس الآن، أو عندما يعود الاتصال.
rating-question = كيف كان استخدام هذا الجهاز اليوم؟
rating-thanks = شكرًا على رأيك.
rating-very-good = جيد جدًا
rating-good = جيد
rating-neither = لا جيد ولا سيئ
rating-poor = سيئ
rating-very-poor = سيئ جدًا

## Receipts and the printer
receipt-date-time = { $date } الساعة { $time }
receipt-saved = حُفظ يوم { $when }
receipt-reference = رقمك المرجعي
receipt-scan = امسح هذا الرمز بكاميرا الهاتف لتعرف حالة طلبك.
receipt-scan-terminal = لتعرف حالة طلبك، اختر "تابع حالة طلب" على أحد أجهزة المجلس، وضع هذا الرمز تحت الماسح.
receipt-contact = التواصل مع المجلس
receipt-keep = احتفظ بهذا الإيصال. لا يحتوي على أي بيانات شخصية.
receipt-appointment = موعدك
receipt-appointment-place = المكان: { $place }
receipt-appointment-bring = أحضر معك: { $items }
receipt-appointment-provisional = هذا الحجز لم يتأكد بعد، لأن هذا الجهاز لم يكن متصلًا بالشبكة. سيؤكده الموظفون. أحضر هذه الورقة معك.
receipt-test = تجربة الطابعة
receipt-test-paper = عرض الورق { $dots } نقطة.
receipt-test-pound = علامة الجنيه: £5.00
receipt-test-qr = يجب أن تقرأ كاميرا الهاتف هذا الرمز هكذا: ACDE34679E.
printer-printing = نطبع إيصالك…
printer-printed = طُبع إيصالك. خذه من الطابعة.
printer-out-of-paper = نفد الورق من الطابعة. طلبك محفوظ. هذا رقمك المرجعي على الشاشة — يمكنك تصوير رمز QR هذا.
printer-cover-open = غطاء الطابعة مفتوح، لذلك لا تستطيع الطباعة. طلبك محفوظ. هذا رقمك المرجعي على الشاشة — يمكنك تصوير رمز QR هذا.
printer-not-working = الطابعة لا تعمل الآن. طلبك محفوظ. هذا رقمك المرجعي على الشاشة — يمكنك تصوير رمز QR هذا.
printer-stopped = توقفت الطابعة قبل أن يكتمل إيصالك. طلبك محفوظ. هذا رقمك المرجعي على الشاشة — يمكنك تصوير رمز QR هذا.
printer-none = هذا الجهاز لا يطبع إيصالات. طلبك محفوظ. هذا رقمك المرجعي على الشاشة — يمكنك تصوير رمز QR هذا.
print-again = اطبع مرة أخرى
receipt-photograph = هذا الرمز يحمل رقمك المرجعي. يمكنك التقاط صورة له.
print-receipt = اطبع إيصالًا

## Staff
staff-heading = دخول الموظفين
staff-pin-hint = اكتب رقمك السري (PIN).
staff-number-hint = اكتب رقمك الوظيفي.
staff-number-shown = الرقم الوظيفي: { $number }
staff-next = التالي
staff-change-number = تغيير الرقم الوظيفي
staff-wrong = الرقم الوظيفي والرقم السري لا يتطابقان.
staff-wrong-left = هذا الرقم السري غير صحيح لهذا الرقم الوظيفي. المحاولات الباقية قبل قفله: { $left }.
staff-account-locked = هذا الرقم الوظيفي مقفل حتى الساعة { $time }. يمكن للمسؤول فتحه قبل ذلك.
staff-sign-in = دخول
staff-cancel = إلغاء
staff-checking = نتحقق…
staff-signed-in = تم الدخول: { $name }
staff-assist = ابدأ جلسة بمساعدة
staff-assisting = جلسة بمساعدة { $name }
staff-sign-out = خروج
staff-unavailable = دخول الموظفين لا يعمل على هذا الجهاز.

## The hub view (staff)
hub-open = عرض المركز
hub-heading = هذا الجهاز
hub-today = اليوم
hub-week = هذا الأسبوع
hub-month = هذا الشهر
hub-outbox = الطلبات على هذا الجهاز
hub-waiting = تنتظر الإرسال: { $count }
hub-sent = أُرسلت: { $count }
hub-attention = رفضها نظام المجلس: { $count }
hub-retry = أرسل مرة أخرى
hub-printer = الطابعة
hub-printer-ok = تعمل
hub-journeys = الطلبات
hub-started = بدأت
hub-completed = انتهت
hub-abandoned = تُركت في المنتصف
hub-abandoned-at = أكثر مكان تُركت فيه: { $step }
hub-assisted = بمساعدة بطل رقمي: { $percent }%
hub-help = طلبات المساعدة: { $count }
hub-languages = اللغات
hub-satisfaction-heading = الرضا
hub-satisfaction = { $percent }% من التقييمات كانت جيدة أو جيدة جدًا
hub-target-met = الهدف { $target }%: تحقق
hub-target-missed = الهدف { $target }%: لم يتحقق
hub-no-ratings = لا توجد تقييمات بعد
hub-export = احفظ كملف CSV
hub-exported = حُفظ في { $path }
hub-export-failed = لم نستطع الحفظ: { $reason }

## Appointments: check-in and the hub
progress-checked-in = سُجّل حضورك لموعد { $type } الساعة { $time }. اجلس في مكان الانتظار: سيناديك مستشار.
progress-already-in = سُجّل حضورك من قبل لموعد { $type } الساعة { $time }. سيناديك مستشار.
progress-other-day = موعد { $type } الخاص بك يوم { $date } الساعة { $time }، وليس اليوم. تعال في ذلك الوقت، أو اسأل أحد الموظفين.
progress-provisional = موعد { $type } الخاص بك يوم { $date } الساعة { $time } لم يتأكد بعد. أخبر أحد الموظفين أنك هنا.
progress-conflict = هناك مشكلة في موعد { $type } الخاص بك. أخبر أحد الموظفين أنك هنا.
hub-appointments = مواعيد اليوم
hub-no-appointments = لا توجد مواعيد اليوم
hub-arrived = حضر
hub-not-arrived = لم يحضر بعد
hub-provisional = لم يتأكد بعد
hub-conflict = يحتاج موظفًا: الوقت مأخوذ

## Booking appointments
appt-kind-heading = في أي شيء تحتاج المساعدة؟
appt-length = حوالي { $minutes } دقيقة
appt-loading = نبحث عن أوقات متاحة…
appt-day-heading = أي يوم يناسبك؟
appt-day-hint = تظهر فقط الأيام التي فيها وقت متاح.
appt-time-heading = أي وقت يناسبك؟
appt-day-full = لم يعد هناك وقت متاح في هذا اليوم. ارجع واختر يومًا آخر.
appt-none = لا توجد أوقات متاحة في الأسابيع الأربعة القادمة. اسأل أحد الموظفين: يمكنه مساعدتك بطريقة أخرى.
appt-offline = لا يمكن الوصول إلى مفكرة المركز الآن. ما زال بإمكانك الحجز: سيُحفظ الوقت على هذا الجهاز وسيؤكده الموظفون.
appt-lost = حجز أحدهم الساعة { $time } للتو. أقرب وقت متاح هو { $next }.
appt-lost-none = حجز أحدهم ذلك الوقت للتو، ولا توجد أوقات متاحة أخرى في الأسابيع الأربعة القادمة.
appt-take-next = احجز { $next }
appt-check-heading = راجع موعدك
appt-what = الموضوع
appt-when = متى
appt-where = أين
appt-bring = ما يجب إحضاره
appt-book = احجز هذا الموعد
appt-move = انقل إلى هذا الوقت
appt-other-time = اختر وقتًا آخر
appt-booking = نحجز موعدك…
appt-failed = تعذر حجز موعدك. يرجى سؤال أحد الموظفين.
appt-move-failed = لم يُنقل الموعد: { $reason }
appt-move-heading = نقل موعد
appt-booked-heading = تم حجز موعدك
appt-provisional-heading = موعدك محجوز مؤقتًا
appt-moved-heading = تم نقل الموعد
appt-provisional = لم يتمكن هذا الجهاز من الوصول إلى مفكرة المركز، لذلك حُفظ الوقت هنا حتى يؤكده الموظفون. أحضر ورقتك معك.
slip-next-steps = عند وصولك، ضع رمز QR الموجود على هذه الورقة تحت ماسح الجهاز، أو أرِه لأحد الموظفين.
hub-book = احجز موعدًا لأحد السكان
hub-upcoming = المواعيد القادمة
hub-move = نقل
hub-cancel = إلغاء
hub-cancel-confirm = هل تريد إلغاء موعد { $type } في الساعة { $time } يوم { $date }؟
hub-cancel-yes = نعم، ألغِه
hub-cancel-no = لا، أبقِه
hub-cancelled = أُلغي الموعد وأصبح وقته متاحًا من جديد.
hub-cancel-failed = لم يُلغَ الموعد: { $reason }
hub-network = الاتصال بالمجلس
hub-network-none = لم يُضبط نظام للمجلس: تبقى الطلبات على هذا الجهاز.
hub-network-waiting = لم تتم المحاولة بعد.
hub-network-ok = ردّ نظام المجلس في الساعة { $time }.
hub-network-down = لم يردّ نظام المجلس في الساعة { $time }. تنتظر الطلبات هنا وتُرسل عندما يرد.
out-of-order = هذا الجهاز لا يعمل الآن. يرجى طلب المساعدة من أحد الموظفين.
hub-exported-stick = حُفظ على ذاكرة USB: { $path }

# Payments
pay-error-reference-missing = أدخل الرقم المرجعي من فاتورتك أو رسالتك.
pay-error-reference-pattern = هذا لا يشبه الرقم المرجعي على فاتورتك. تحقق منه وحاول مرة أخرى.
pay-error-reference-check = في هذا الرقم المرجعي خطأ في الكتابة. قارن كل رقم بفاتورتك.
pay-error-amount-low = أدخل { $min } على الأقل.
pay-error-amount-high = أدخل { $max } على الأكثر.
pay-error-amount-unreadable = أدخل المبلغ بالجنيه والبنس، مثل 12.50.
pay-error-quantity = اختر من 1 إلى { $max }.
pay-progress-scan = امسح الرمز بكاميرا هاتفك للدفع. يختفي الرمز عندما تفتح صفحة الدفع.
pay-progress-opened = أكمل الدفع على هاتفك. ستتغير هذه الشاشة عند اكتمال الدفع.
pay-progress-reader = اتبع التعليمات على قارئ البطاقات.
pay-progress-paid = تم الدفع
pay-progress-declined = رُفض الدفع. لم يُؤخذ أي مال.
pay-progress-cancelled = أُلغي الدفع. لم يُؤخذ أي مال.
pay-progress-failed = لم يتم الدفع. لم يُؤخذ أي مال.
pay-progress-checking = نتحقق الآن مع خدمة الدفع. لا تدفع مرة أخرى.
pay-pin-needed = ستحتاج إلى رقمك السري (PIN) لهذا المبلغ.
pay-cash-only = الدفع بالبطاقة والهاتف لا يعمل الآن. يمكنك الدفع نقدًا في مكتب البريد (Post Office) أو PayPoint.
pay-none-now = لا يمكن دفع هذا هنا الآن. اطلب المساعدة من أحد الموظفين.
pay-receipt-title = إيصال الدفع
pay-receipt-paid-on = دُفع في { $when }
pay-receipt-quantity = الكمية: { $quantity }
pay-receipt-council-reference = الرقم المرجعي: { $reference }
pay-receipt-fund = الصندوق: { $fund }
pay-receipt-amount = المبلغ المدفوع
pay-receipt-vat = يشمل ضريبة القيمة المضافة بنسبة { $rate }%: { $vat }
pay-receipt-vat-number = رقم ضريبة القيمة المضافة: { $number }
pay-receipt-card = البطاقة: { $brand } المنتهية بـ { $last4 }
pay-receipt-application = التطبيق: { $aid } { $name }
pay-receipt-authorisation = رمز التفويض: { $code }
pay-receipt-verified-pin = تم التحقق بالرقم السري
pay-receipt-verified-signature = تم التحقق بالتوقيع
pay-receipt-verified-device = تم التحقق على جهاز حامل البطاقة
pay-receipt-verified-none = بدون تحقق من حامل البطاقة (دفع لاتلامسي)
pay-receipt-verified-other = التحقق من حامل البطاقة كما سجله القارئ
pay-receipt-phone = دُفع عبر الإنترنت بواسطة GOV.UK Pay
pay-receipt-transaction = المعاملة: { $id }
pay-receipt-payment-id = رقم الدفعة: { $id }
pay-receipt-keep = احتفظ بهذا الإيصال دليلًا على الدفع.
pay-cash-title = كيف تدفع نقدًا
pay-cash-amount = المبلغ المطلوب: { $amount }
pay-cash-reference = رقمك المرجعي
pay-cash-where-heading = أين تدفع
pay-cash-where = في أي مكتب بريد (Post Office)، أو في أي متجر عليه علامة PayPoint.
pay-cash-how-heading = كيف تدفع
pay-cash-how = خذ معك فاتورتك أو بطاقة الدفع الخاصة بالمجلس: يمسح الموظف الرمز الشريطي عليها. هذه الورقة ليس عليها رمز شريطي. إذا لم تكن معك الفاتورة، اتصل بالمجلس أولًا.
pay-cash-not-paid = هذه الورقة ليست إيصالًا. لم يُدفع شيء بعد.
pay-cash-slip-printed = طُبعت ورقة الدفع. خذها من الطابعة.
pay-cash-keep = احتفظ بهذه الورقة حتى تدفع.

## Paying at the kiosk: the pages
pay-open = ادفع للمجلس
pay-what-heading = ماذا تريد أن تدفع؟
pay-price-each = { $price } للواحد، حتى { $max } في المرة الواحدة
pay-price-range = أي مبلغ من { $min } إلى { $max }
pay-reference-heading = الرقم المرجعي على فاتورتك أو رسالتك
pay-reference-hint = اكتبه كما هو مطبوع. لا تهم المسافات والشرطات.
pay-quantity-heading = كم تريد؟
pay-quantity-choice = { $quantity }: { $total }
pay-amount-heading = كم تريد أن تدفع؟
pay-amount-hint = اكتب مبلغا من { $min } إلى { $max } بالجنيه والبنس، مثل 12.50.
pay-amount-to-pay = المبلغ المطلوب: { $amount }
pay-check-heading = تحقق من دفعتك
pay-row-item = ما تدفع مقابله
pay-row-reference = الرقم المرجعي
pay-row-quantity = العدد
pay-row-amount = المبلغ
pay-row-payment-number = رقم الدفعة
pay-total = المجموع المطلوب: { $amount }
pay-total-vat = يشمل ضريبة القيمة المضافة بقيمة { $vat }.
pay-choose-how = اختر طريقة الدفع
pay-how-heading = كيف تريد أن تدفع؟
pay-how-checking = نتحقق من طرق الدفع التي تعمل الآن…
pay-method-phone = ادفع بهاتفك
pay-method-phone-hint = امسح رمزا بكاميرا هاتفك وادفع على صفحة GOV.UK آمنة.
pay-method-card = ادفع بالبطاقة هنا
pay-method-card-hint = استخدم قارئ البطاقات بجانب هذه الشاشة.
pay-method-cash = ادفع نقدا في مكتب البريد (Post Office) أو PayPoint
pay-method-cash-hint = نطبع لك ورقة تقول أين وكيف تدفع. تدفع لاحقا.
pay-declined-twice = رفضت بطاقتك مرتين. لم يؤخذ أي مال. اختر طريقة أخرى للدفع، أو اطلب المساعدة من أحد الموظفين.
pay-starting = نجهز دفعتك…
pay-start-failed = طريقة الدفع هذه لا تعمل الآن. لم يؤخذ أي مال. اختر طريقة أخرى.
pay-phone-heading = ادفع بهاتفك
pay-card-heading = ادفع بالبطاقة
pay-stop = أوقف هذه الدفعة
pay-stopping = نوقف الدفعة…
pay-not-paid-heading = لم يتم الدفع
pay-other-way = اختر طريقة أخرى للدفع
pay-cash-heading = ادفع نقدا

## Hub view: today's payments
hub-payments = مدفوعات اليوم
hub-payments-none = لا توجد مدفوعات اليوم.
hub-payments-failed = تعذرت قراءة مدفوعات اليوم: { $reason }
hub-pay-count-unknown = غير معروفة، قيد التحقق مع خدمة الدفع: { $count }
hub-pay-count-under-way = قيد الدفع الآن: { $count }
hub-pay-count-not-posted = مدفوعة، لم تحول إلى المجلس بعد: { $count }
hub-pay-count-posted = مدفوعة وحولت إلى المجلس: { $count }
hub-pay-count-not-paid = غير مدفوعة (مرفوضة أو ملغاة أو فاشلة): { $count }
hub-pay-unknown = غير معروفة
hub-pay-under-way = قيد الدفع
hub-pay-not-posted = مدفوعة، لم تحول بعد
hub-pay-posted = مدفوعة وحولت
hub-pay-not-paid = غير مدفوعة

# Hub view: trends, help answer times, set-up and monitoring
hub-trends = آخر 12 أسبوعًا
hub-chart-journeys = الطلبات التي بدأت والتي انتهت كل أسبوع
hub-chart-satisfaction = الرضا كل أسبوع، مقارنةً بهدفي 85% و95%
hub-chart-help = طلبات المساعدة كل أسبوع، ونسبة الطلبات التي تمت بمساعدة مساعد رقمي
hub-legend-started = بدأت
hub-legend-finished = انتهت
hub-legend-satisfied = راضون (%)
hub-legend-target = الأهداف
hub-legend-help = طلبات المساعدة
hub-legend-assisted = بمساعدة مساعد رقمي (%)
hub-week-line = أسبوع { $date }: بدأ { $started }، وانتهى { $finished }، { $satisfied }، وطلبات المساعدة { $help }، وبمساعدة مساعد رقمي { $assisted }%.
hub-week-satisfied = الراضون { $percent }%
hub-week-no-ratings = لا توجد تقييمات
hub-help-answered = نداءات المساعدة في أسبوع { $date }: أُجري { $calls }، ورُدّ على { $answered }. رُدّ على النصف خلال { $median } دقيقة، وعلى 9 من كل 10 خلال { $p90 } دقيقة.
hub-help-none-answered = نداءات المساعدة في أسبوع { $date }: أُجري { $calls }، ولم يُرَدّ على أي منها بتسجيل دخول موظف على هذا الجهاز.
hub-erase-soon = طلبات مرفوضة ستُحذف بياناتها الشخصية خلال أسبوع: { $count }. أرسلها مرة أخرى أو عالجها قبل ذلك.
hub-setup = الإعداد والمراقبة
hub-setup-fetched = إصدار الإعداد { $version }، جُلب من المجلس الساعة { $time } يوم { $date }.
hub-setup-local = إصدار الإعداد { $version }، من ملف هذا الجهاز نفسه.
hub-setup-refused = لم يُستخدم آخر ملف { $file } من المجلس: { $reason }
hub-metrics-on = أرقام مراقبة المجلس متاحة على { $address }.
hub-metrics-off = أرقام مراقبة المجلس متوقفة.
hub-metrics-failed = تعذر تشغيل أرقام مراقبة المجلس: { $reason }
hub-help-calls = نداءات المساعدة
hub-week-by-week = أسبوعًا بأسبوع
## Addresses and streets from the gazetteer
addresses-heading = اختر العنوان في { $postcode }
address-not-listed = عنواني ليس في القائمة
addresses-none = لم نجد أي عنوان في { $postcode }. اكتب رقم المنزل أو اسمه بدلًا من ذلك.
street-heading = في أي شارع هو؟
street-hint = اكتب اسم الشارع، مثل Mill Lane، أو الرمز البريدي.
streets-heading = اختر الشارع
streets-none = لم نجد شارعًا باسم "{ $typed }". صِف المكان بدلًا من ذلك.
street-in-town = { $street }، { $town }
near-heading = بالقرب من أي رقم في { $street }؟
near-hint = اختر المنزل أو المبنى الأقرب إلى المشكلة.
describe-instead = لا أجده: سأصف المكان
row-address = العنوان
row-street = الشارع
row-near = بالقرب من
error-choose-address = اختر عنوانك، أو اختر "عنواني ليس في القائمة"
error-enter-street = اكتب اسم الشارع أو الرمز البريدي
error-choose-street = اختر الشارع، أو صِف المكان
error-choose-near = اختر أقرب رقم، أو صِف المكان

## Nearby reports
nearby-heading = هل تم الإبلاغ عن هذا من قبل؟
nearby-hint = تم الإبلاغ عن هذه المشكلات القريبة من قبل ويجري العمل عليها. هل مشكلتك واحدة منها؟
nearby-none-of-these = لا شيء منها: إنها مشكلة جديدة
nearby-distance = على بعد { $metres } م
nearby-reported = { $days ->
    [zero] تم الإبلاغ اليوم
    [one] تم الإبلاغ قبل يوم واحد
    [two] تم الإبلاغ قبل يومين
    [few] تم الإبلاغ قبل { $days } أيام
    [many] تم الإبلاغ قبل { $days } يومًا
   *[other] تم الإبلاغ قبل { $days } يوم
}
nearby-reported-today = تم الإبلاغ اليوم
nearby-out-of-date = لا يمكننا الوصول إلى نظام المجلس الآن، لذلك قد لا تكون هذه القائمة محدَّثة.
already-reported-heading = تم الإبلاغ عن هذا من قبل
already-reported-body = يعرف المجلس بهذه المشكلة ويعمل على حلها. لا تحتاج إلى الإبلاغ عنها مرة أخرى.
already-reported-follow = اطبع رقمها المرجعي لأتابع التقدم
already-reported-add = أرسل بلاغي أيضًا
following-heading = أنت تتابع هذا البلاغ
following-body = لدى المجلس هذا البلاغ من قبل. احتفظ بهذا الرقم المرجعي: اكتبه أو امسحه في قسم متابعة تقدم الطلب لترى ما وصل إليه.
following-receipt = أنت تتابع بلاغًا لدى المجلس من قبل. لم يُرسل شيء جديد.
follow-failed = لا يمكن متابعة هذا البلاغ الآن. يمكنك الإنهاء، أو إرسال بلاغك أيضًا.
places-looking = جارٍ البحث…
streets-none-buildings = لا توجد منازل أو مبانٍ مسجلة في ذلك الشارع. صف المكان بدلًا من ذلك.
