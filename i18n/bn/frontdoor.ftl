# Frontdoor: words on screen, Bengali (standard written Bengali, plain words).
# NEEDS REVIEW: written by the Frontdoor team, not yet checked by a fluent
# speaker. Have a fluent Bengali speaker review every line before live use.
# Message ids and variables match the source locale, en-GB.
# Plural categories for Bengali: one, other.

## The language itself
language-name = বাংলা
language-direction = ltr

## Every screen
language-button = ভাষা
language-close = বন্ধ করুন
back = পিছনে
start-again = আবার শুরু করুন
help-button = কর্মীদের সাহায্য চান
help-asked-short = কর্মী আসছেন
help-asked-heading = একজন কর্মীকে আপনার কাছে আসতে বলা হয়েছে
help-asked-body = এখানেই থাকুন। কেউ একটু পরেই আপনার কাছে আসবেন। আপনার উত্তরগুলো রাখা আছে।
help-carry-on = আমি নিজেই চালিয়ে যাব
help-calling = একজন কর্মীকে ডাকা হচ্ছে…
help-told-heading = একজন কর্মীকে জানানো হয়েছে
help-told-body = এখানেই থাকুন। শীঘ্রই কেউ আপনার কাছে আসবেন। আপনার উত্তরগুলো রাখা আছে।
help-desk-heading = দয়া করে সাহায্য ডেস্কে জিজ্ঞাসা করুন
help-desk-failed = এই টার্মিনাল থেকে আমরা কোনো কর্মীর সাথে যোগাযোগ করতে পারিনি। আপনার উত্তরগুলো রাখা আছে।
help-desk-no-one-came = এখনও কেউ আসেননি। আপনাকে অপেক্ষা করতে হয়েছে বলে আমরা দুঃখিত। আপনার উত্তরগুলো রাখা আছে।
help-desk-default = প্রধান ডেস্কে জিজ্ঞাসা করুন, একজন কর্মী আপনাকে সাহায্য করবেন।
help-call-again = আবার ডাকুন
continue = এগিয়ে যান
finish = শেষ করুন

## Read aloud
speech-start = জোরে পড়ে শোনান
speech-stop = জোরে পড়া বন্ধ করুন
speech-missing = এই টার্মিনালে জোরে পড়ে শোনানোর ব্যবস্থা নেই
speech-louder = আরও জোরে
speech-quieter = আরও আস্তে
speech-field = লেখার বাক্স

## Inactivity
idle-heading = আপনি কি এখনও এখানে আছেন?
idle-body = আপনার তথ্য নিরাপদ রাখতে { $seconds ->
    [one] { $seconds } সেকেন্ড
   *[other] { $seconds } সেকেন্ড
} পরে এই পর্দা মুছে ফেলা হবে।
idle-seconds = { $seconds ->
    [one] { $seconds } সেকেন্ড
   *[other] { $seconds } সেকেন্ড
}
idle-still-here = আমি এখনও এখানে আছি

## Welcome
welcome-heading = { $site }-এ আপনাকে স্বাগতম
welcome-intro = কোনো সমস্যার কথা জানান, কিছুর জন্য আবেদন করুন, বা কাউন্সিলকে কোনো পরিবর্তনের কথা জানান। বেশিরভাগ কাজে প্রায় 5 মিনিট লাগে।
choose-language = আপনার ভাষা বেছে নিন
choose-text-size = লেখার আকার বেছে নিন
size-standard = সাধারণ
size-large = বড়
size-largest = সবচেয়ে বড়
choose-colours = রং বেছে নিন
colours-standard = সাদার উপর গাঢ় লেখা
colours-high-contrast = কালোর উপর হালকা লেখা
start = শুরু করুন

## Services
services-heading = আপনার কোন বিষয়ে সাহায্য দরকার?
search-open = একটি সেবা খুঁজুন
group-other = অন্যান্য সেবা
group-count = { $count ->
    [one] { $count }টি সেবা
   *[other] { $count }টি সেবা
}
search-heading = একটি সেবা খুঁজুন
search-hint = একটি শব্দ লিখুন, যেমন বিন, বাতি বা ট্যাক্স। ইংরেজি শব্দও চলবে।
search-none = "{ $query }" এর সাথে কোনো সেবা মেলেনি। অন্য একটি শব্দ দিয়ে চেষ্টা করুন, অথবা সব সেবা দেখতে পিছনে যান।
search-count = { $count ->
    [one] { $count }টি সেবা পাওয়া গেছে
   *[other] { $count }টি সেবা পাওয়া গেছে
}

## Check progress
progress-open = একটি অনুরোধের অগ্রগতি দেখুন
progress-heading = একটি অনুরোধের অগ্রগতি দেখুন
progress-hint = আপনার রসিদ থেকে রেফারেন্সটি লিখুন, অথবা রসিদের QR কোডটি স্ক্যানারের নিচে ধরুন। একটি রেফারেন্সে 10টি অক্ষর ও সংখ্যা থাকে, যেমন ACDE 346 79E।
progress-check = অগ্রগতি দেখুন
progress-looking = আপনার অনুরোধ খোঁজা হচ্ছে।
progress-reference = রেফারেন্স { $reference }
progress-waiting = আপনার অনুরোধ এই টার্মিনালে রাখা আছে এবং কাউন্সিলে পাঠানোর অপেক্ষায় আছে। এটি { $date } তারিখে { $time }-এ রাখা হয়েছে। সংযোগ ফিরে এলে এটি পাঠানো হবে।
progress-parked = আপনার অনুরোধ এই টার্মিনালে রাখা আছে, কিন্তু কাউন্সিলের সিস্টেম এটি নিতে পারেনি। একজন কর্মী বিষয়টি ঠিক করবেন। আরও জানতে চাইলে ডেস্কে জিজ্ঞাসা করুন।
progress-sent-untracked = আপনার অনুরোধ কাউন্সিলে পাঠানো হয়েছে। এই ধরনের অনুরোধের অগ্রগতির খবর কাউন্সিলের সিস্টেম দেয় না।
progress-open-status = কাউন্সিল আপনার অনুরোধ নিয়ে কাজ করছে।
progress-closed-status = কাউন্সিল আপনার অনুরোধের কাজ শেষ করেছে।
progress-notes = সর্বশেষ খবর: { $notes }
progress-agency = যারা দেখছেন: { $agency }
progress-offline = আপনার অনুরোধ কাউন্সিলে পাঠানো হয়েছে, কিন্তু এখন কাউন্সিলের সিস্টেমে পৌঁছানো যাচ্ছে না, তাই অগ্রগতি দেখা যাচ্ছে না। পরে আবার চেষ্টা করুন।
progress-not-here = এই রেফারেন্সটি এই টার্মিনালে তৈরি হয়নি, তাই এখানে এর অগ্রগতি দেখা যাবে না। একজন কর্মীকে জিজ্ঞাসা করুন, অথবা কাউন্সিলে ফোন করুন।
progress-word-waiting = এখানে সংরক্ষিত, পাঠানোর অপেক্ষায়
progress-word-staff = একজন কর্মীর অপেক্ষায়
progress-word-received = কাউন্সিলে পাঠানো হয়েছে
progress-word-open = কাজ চলছে
progress-word-closed = শেষ হয়েছে
progress-word-booked = বুক করা হয়েছে
progress-word-cancelled = বাতিল হয়েছে
progress-glimpse = { $service }: { $status }।
progress-glimpse-more = আরও জানতে, বা রসিদ আবার ছাপাতে, আপনার রসিদের QR কোড স্ক্যানারের নিচে ধরুন, অথবা একজন কর্মীকে জিজ্ঞাসা করুন।
progress-glimpse-slip = চেক ইন করতে, আপনার স্লিপের QR কোড স্ক্যানারের নিচে ধরুন, অথবা একজন কর্মীকে জিজ্ঞাসা করুন।
progress-too-many = গত কয়েক মিনিটে এখানে অনেকগুলো রেফারেন্স পাওয়া যায়নি। { $minutes } মিনিট পরে আবার চেষ্টা করুন, অথবা একজন কর্মীকে জিজ্ঞাসা করুন।
error-reference-empty = আপনার রেফারেন্স লিখুন। এটি আপনার রসিদে ছাপা আছে।
error-reference-length = একটি রেফারেন্সে 10টি অক্ষর ও সংখ্যা থাকে। আপনি { $count }টি লিখেছেন।
error-reference-character = রেফারেন্সে "{ $character }" থাকে না। আপনার রসিদের সাথে মিলিয়ে দেখুন।
error-reference-check = এই রেফারেন্সটি ঠিক নয়। প্রতিটি অক্ষর ও সংখ্যা আপনার রসিদের সাথে মিলিয়ে দেখুন।

## Signposts
signpost-phone = ফোন
signpost-web = ওয়েবসাইট
signpost-visit = ঠিকানা
signpost-hours = খোলার সময়
signpost-photo = এই তথ্য রাখতে আপনি এই পর্দার একটি ছবি তুলতে পারেন।

## Journey pages
step-of = { $total }টির মধ্যে প্রশ্ন { $step }
info-heading = এগিয়ে যাওয়ার আগে
optional-question = { $question } (না দিলেও চলবে)
error-summary = একটি সমস্যা আছে
postcode-heading = পোস্টকোড কী?
postcode-hint = যেমন, DE1 2AB।
postcode-unknown = আমি পোস্টকোড জানি না
house-heading = বাড়ির নম্বর বা নাম কী?
house-hint = যেমন, 14 বা Rose Cottage। ফ্ল্যাট হলে ফ্ল্যাটের নম্বরও লিখুন।
landmark-heading = এটি কোথায়?
landmark-hint = জায়গাটির বর্ণনা দিন, যাতে কেউ এটি খুঁজে পায়। যেমন, 12 High Street-এর সামনে, বা Victoria Park-এর গেটের কাছে।
contact-heading = এ বিষয়ে আমরা আপনার সাথে কীভাবে যোগাযোগ করব?
contact-hint = আমরা আপনার তথ্য শুধু এই অনুরোধের জন্য ব্যবহার করি।
contact-phone = ফোনে
contact-email = ইমেলে
contact-none = আমার সাথে যোগাযোগ করবেন না
phone-heading = আপনার ফোন নম্বর কী?
phone-hint = যুক্তরাজ্যের একটি ল্যান্ডলাইন বা মোবাইল নম্বর, যেমন 01632 960 001 বা 07700 900 982।
email-heading = আপনার ইমেল ঠিকানা কী?
email-hint = যেমন, name@example.com।
name-heading = আপনার নাম কী?

## Date picker
date-today = আজ
date-yesterday = গতকাল
skip-question = এই প্রশ্নটি বাদ দিন
date-unknown = আমি তারিখ জানি না
date-none-chosen = এখনও কোনো তারিখ বেছে নেওয়া হয়নি।
date-another = আরও আগের তারিখ
date-day-before = আগের দিন
date-day-after = পরের দিন
date-month-before = আগের মাস
date-month-after = পরের মাস
date-year-before = আগের বছর
date-year-after = পরের বছর
date-long = { $weekday }, { $day } { $month } { $year }
weekday-1 = সোমবার
weekday-2 = মঙ্গলবার
weekday-3 = বুধবার
weekday-4 = বৃহস্পতিবার
weekday-5 = শুক্রবার
weekday-6 = শনিবার
weekday-7 = রবিবার
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর

## On-screen keyboard
keyboard-hide = কিবোর্ড লুকান
keyboard-show = কিবোর্ড দেখান
key-space = স্পেস
key-delete = মুছুন
key-clear = সব মুছুন
key-capitals = বড় হাতের অক্ষর
key-lower-case = ছোট হাতের অক্ষর
key-more-letters = আরও অক্ষর

## Errors: say what to do
error-enter-text = বাক্সে আপনার উত্তর লিখুন
error-enter-number = একটি সংখ্যা লিখুন, যেমন 2
error-whole-number = একটি পূর্ণ সংখ্যা লিখুন, যেমন 2
error-number-range = { $min } থেকে { $max } এর মধ্যে একটি সংখ্যা লিখুন
error-choose-one = উত্তরগুলোর মধ্যে একটি বেছে নিন
error-choose-at-least-one = উত্তরগুলোর মধ্যে অন্তত একটি বেছে নিন
error-date-not-future = তারিখটি আজ বা তার আগের হতে হবে
error-date-not-past = তারিখটি আজ বা তার পরের হতে হবে
error-too-long = আপনার উত্তর { $max }টি অক্ষর বা তার কম হতে হবে। এখন এতে { $typed }টি অক্ষর আছে।
error-enter-postcode = পোস্টকোড লিখুন, অথবা "আমি পোস্টকোড জানি না" বেছে নিন
error-postcode-format = যুক্তরাজ্যের পুরো পোস্টকোড লিখুন, যেমন DE1 2AB
error-enter-house = বাড়ির নম্বর বা নাম লিখুন
error-enter-landmark = জায়গাটি কোথায় তা লিখুন
error-choose-contact = আমরা কীভাবে যোগাযোগ করব তা বেছে নিন
error-enter-phone = আপনার ফোন নম্বর লিখুন
error-phone-format = যুক্তরাজ্যের একটি ফোন নম্বর লিখুন, যেমন 01632 960 001 বা 07700 900 982
error-enter-email = আপনার ইমেল ঠিকানা লিখুন
error-email-format = @ চিহ্নসহ একটি ইমেল ঠিকানা লিখুন, যেমন name@example.com
consent-text-reference = আমার রেফারেন্স টেক্সট মেসেজে পাঠান
consent-email-reference = আমার রেফারেন্স ইমেলে পাঠান
consent-remind = আগের দিন টেক্সট মেসেজে মনে করিয়ে দিন
consent-updates = কাউন্সিল আমার অনুরোধ আপডেট করলে আমাকে জানান
notices-heading = আমরা কি আপনাকে কিছু পাঠাব?
notices-hint = যা চান তাতে টিক দিন। কিছু না দিলেও চলবে। আপনি যা টিক দেন শুধু তাই পাঠাই।
row-notices = আমরা আপনাকে পাঠাব
notices-none = কিছু না
error-not-a-mobile = আমরা শুধু মোবাইল নম্বরে টেক্সট পাঠাতে পারি। নম্বর বদলান, অথবা টেক্সটের টিক তুলে দিন।
receipt-notices = আপনি আমাদের পাঠাতে বলেছেন
appt-texts-heading = এই অ্যাপয়েন্টমেন্ট নিয়ে কি একটি টেক্সট চান?
appt-text-details = অ্যাপয়েন্টমেন্টের বিবরণ আমাকে টেক্সট করুন
appt-texts-mobile-hint = যুক্তরাজ্যের একটি মোবাইল নম্বর, যেমন 07700 900 982। আমরা এটি শুধু এই টেক্সটগুলোর জন্য ব্যবহার করি।
error-enter-mobile = আপনার মোবাইল ফোন নম্বর লিখুন
error-mobile-format = যুক্তরাজ্যের একটি মোবাইল নম্বর লিখুন, যেমন 07700 900 982
error-enter-name = আপনার নাম লিখুন

## Check your answers
check-heading = আপনার উত্তরগুলো দেখে নিন
check-send-heading = এখন আপনার অনুরোধ পাঠান
check-send-body = আপনি পাঠালে, এটি প্রথমে এই টার্মিনালে রাখা হবে, তারপর কাউন্সিলে পাঠানো হবে।
send = পাঠান
change = বদলান
not-given = দেওয়া হয়নি
row-postcode = পোস্টকোড
row-house = বাড়ির নম্বর বা নাম
row-landmark = কোথায়
row-contact-method = যোগাযোগের উপায়
row-phone = ফোন নম্বর
row-email = ইমেল ঠিকানা
row-name = নাম

## Saving and confirmation
saving-heading = আপনার অনুরোধ রাখা হচ্ছে
saving-body = এতে একটু সময় লাগে।
save-failed-heading = আপনার অনুরোধ রাখা যায়নি
save-failed-body = এই টার্মিনালে কোনো একটা সমস্যা হয়েছে। কিছুই পাঠানো হয়নি। আপনার উত্তরগুলো এখনও এখানে আছে: আবার চেষ্টা করুন, অথবা একজন কর্মীর সাহায্য নিন।
try-again = আবার চেষ্টা করুন
confirmation-heading = অনুরোধ রাখা হয়েছে
your-reference = আপনার রেফারেন্স
reference-keep = আপনার রেফারেন্সটি লিখে রাখুন বা এর একটি ছবি তুলুন। অগ্রগতি দেখতে এটি লাগবে।
what-next = এরপর কী হবে
saved-here = আপনার অনুরোধ এই টার্মিনালে রাখা আছে। এই টার্মিনাল সংযুক্ত হলে এটি কাউন্সিলে পাঠানো হবে।
saved-will-send = আপনার অনুরোধ এই টার্মিনালে রাখা আছে। এটি এখনই কাউন্সিলে পাঠানো হবে, অথবা সংযোগ ফিরে এলেই পাঠানো হবে।
rating-question = আজ এই টার্মিনাল ব্যবহার করে কেমন লাগল?
rating-thanks = আপনার মতামতের জন্য ধন্যবাদ।
rating-very-good = খুব ভালো
rating-good = ভালো
rating-neither = ভালোও না, খারাপও না
rating-poor = খারাপ
rating-very-poor = খুব খারাপ

## Receipts and the printer
receipt-date-time = { $date }, { $time }
receipt-saved = রাখা হয়েছে: { $when }
receipt-reference = আপনার রেফারেন্স
receipt-scan = আপনার অনুরোধের অগ্রগতি দেখতে ফোনের ক্যামেরা দিয়ে এই কোডটি স্ক্যান করুন।
receipt-scan-terminal = অগ্রগতি দেখতে কাউন্সিলের একটি টার্মিনালে "একটি অনুরোধের অগ্রগতি দেখুন" বেছে নিন, আর এই কোডটি স্ক্যানারের নিচে ধরুন।
receipt-contact = কাউন্সিলের সাথে যোগাযোগ
receipt-keep = এই রসিদটি রেখে দিন। এতে কোনো ব্যক্তিগত তথ্য নেই।
receipt-appointment = আপনার অ্যাপয়েন্টমেন্ট
receipt-appointment-place = কোথায়: { $place }
receipt-appointment-bring = সাথে আনুন: { $items }
receipt-appointment-provisional = এই বুকিং এখনও পাকা হয়নি, কারণ এই টার্মিনাল তখন সংযুক্ত ছিল না। কর্মীরা এটি পাকা করবেন। এই কাগজটি সাথে আনুন।
receipt-test = প্রিন্টার পরীক্ষা
receipt-test-paper = কাগজ { $dots } ডট চওড়া।
receipt-test-pound = পাউন্ড চিহ্ন: £5.00
receipt-test-qr = ফোনের ক্যামেরা এই কোডটি ACDE34679E হিসেবে পড়বে।
printer-printing = আপনার রসিদ ছাপা হচ্ছে…
printer-printed = আপনার রসিদ ছাপা হয়েছে। প্রিন্টার থেকে এটি নিন।
printer-out-of-paper = প্রিন্টারে কাগজ শেষ। আপনার অনুরোধ রাখা আছে। পর্দায় আপনার রেফারেন্স দেখানো হলো — আপনি এই QR কোডের ছবি তুলতে পারেন।
printer-cover-open = প্রিন্টারের ঢাকনা খোলা, তাই এটি ছাপতে পারছে না। আপনার অনুরোধ রাখা আছে। পর্দায় আপনার রেফারেন্স দেখানো হলো — আপনি এই QR কোডের ছবি তুলতে পারেন।
printer-not-working = প্রিন্টারটি এখন কাজ করছে না। আপনার অনুরোধ রাখা আছে। পর্দায় আপনার রেফারেন্স দেখানো হলো — আপনি এই QR কোডের ছবি তুলতে পারেন।
printer-stopped = আপনার রসিদ পুরো ছাপার আগেই প্রিন্টার থেমে গেছে। আপনার অনুরোধ রাখা আছে। পর্দায় আপনার রেফারেন্স দেখানো হলো — আপনি এই QR কোডের ছবি তুলতে পারেন।
printer-none = এই টার্মিনাল রসিদ ছাপে না। আপনার অনুরোধ রাখা আছে। পর্দায় আপনার রেফারেন্স দেখানো হলো — আপনি এই QR কোডের ছবি তুলতে পারেন।
print-again = আবার ছাপুন
receipt-photograph = এই কোডে আপনার রেফারেন্স আছে। আপনি এর একটি ছবি তুলতে পারেন।
print-receipt = একটি রসিদ ছাপুন

## Staff
staff-heading = কর্মীদের সাইন-ইন
staff-pin-hint = আপনার PIN লিখুন।
staff-number-hint = আপনার কর্মী নম্বর লিখুন।
staff-number-shown = কর্মী নম্বর: { $number }
staff-next = পরের ধাপ
staff-change-number = কর্মী নম্বর বদলান
staff-wrong = এই কর্মী নম্বর আর PIN মিলছে না।
staff-wrong-left = এই কর্মী নম্বরের জন্য PIN ঠিক নয়। বন্ধ হওয়ার আগে বাকি চেষ্টা: { $left }।
staff-account-locked = এই কর্মী নম্বর { $time } পর্যন্ত বন্ধ। একজন অ্যাডমিন আগেই খুলে দিতে পারেন।
staff-sign-in = সাইন ইন করুন
staff-cancel = বাতিল করুন
staff-checking = দেখা হচ্ছে…
staff-signed-in = সাইন ইন করেছেন: { $name }
staff-assist = সাহায্যসহ সেশন শুরু করুন
staff-assisting = { $name }-এর সাথে সাহায্যসহ সেশন
staff-sign-out = সাইন আউট করুন
staff-unavailable = এই টার্মিনালে কর্মীদের সাইন-ইন কাজ করছে না।

## The hub view (staff)
hub-open = হাবের দৃশ্য
hub-heading = এই টার্মিনাল
hub-today = আজ
hub-week = এই সপ্তাহ
hub-month = এই মাস
hub-outbox = এই টার্মিনালের অনুরোধ
hub-waiting = পাঠানোর অপেক্ষায়: { $count }
hub-sent = পাঠানো হয়েছে: { $count }
hub-attention = কাউন্সিলের সিস্টেম নেয়নি: { $count }
hub-retry = আবার পাঠান
hub-printer = প্রিন্টার
hub-printer-ok = কাজ করছে
hub-journeys = কাজ
hub-started = শুরু হয়েছে
hub-completed = শেষ হয়েছে
hub-abandoned = মাঝপথে ছেড়ে দেওয়া
hub-abandoned-at = সবচেয়ে বেশি ছেড়ে দেওয়া হয়েছে: { $step }
hub-assisted = ডিজিটাল চ্যাম্পিয়নের সাহায্যে: { $percent }%
hub-help = সাহায্যের অনুরোধ: { $count }
hub-languages = ভাষা
hub-satisfaction-heading = সন্তুষ্টি
hub-satisfaction = { $percent }% মতামত ভালো বা খুব ভালো ছিল
hub-target-met = লক্ষ্য { $target }%: পূরণ হয়েছে
hub-target-missed = লক্ষ্য { $target }%: পূরণ হয়নি
hub-no-ratings = এখনও কোনো মতামত নেই
hub-export = CSV হিসেবে রাখুন
hub-exported = { $path }-এ রাখা হয়েছে
hub-export-failed = রাখা যায়নি: { $reason }

## Appointments: check-in and the hub
progress-checked-in = আপনার { $type } অ্যাপয়েন্টমেন্টের ({ $time }) জন্য আপনার উপস্থিতি নেওয়া হয়েছে। অপেক্ষার জায়গায় বসুন: একজন উপদেষ্টা আপনাকে ডাকবেন।
progress-already-in = আপনার { $type } অ্যাপয়েন্টমেন্টের ({ $time }) জন্য উপস্থিতি আগেই নেওয়া হয়েছে। একজন উপদেষ্টা আপনাকে ডাকবেন।
progress-other-day = আপনার { $type } অ্যাপয়েন্টমেন্ট { $date }, { $time }-এ, আজ নয়। তখন আসুন, অথবা একজন কর্মীকে জিজ্ঞাসা করুন।
progress-provisional = আপনার { $type } অ্যাপয়েন্টমেন্ট ({ $date }, { $time }) এখনও পাকা হয়নি। একজন কর্মীকে বলুন যে আপনি এসেছেন।
progress-conflict = আপনার { $type } অ্যাপয়েন্টমেন্টে একটি সমস্যা আছে। একজন কর্মীকে বলুন যে আপনি এসেছেন।
hub-appointments = আজকের অ্যাপয়েন্টমেন্ট
hub-no-appointments = আজ কোনো অ্যাপয়েন্টমেন্ট নেই
hub-arrived = এসেছেন
hub-not-arrived = এখনও আসেননি
hub-provisional = এখনও পাকা হয়নি
hub-conflict = কর্মী দরকার: সময়টি নেওয়া হয়ে গেছে

## Booking appointments
appt-kind-heading = কোন বিষয়ে আপনার সাহায্য দরকার?
appt-length = প্রায় { $minutes } মিনিট
appt-loading = খালি সময় খোঁজা হচ্ছে…
appt-day-heading = কোন দিন আপনার সুবিধা?
appt-day-hint = শুধু খালি সময় থাকা দিনগুলো দেখানো হয়েছে।
appt-time-heading = কোন সময় আপনার সুবিধা?
appt-day-full = এই দিনে আর কোনো খালি সময় নেই। ফিরে গিয়ে অন্য একটি দিন বেছে নিন।
appt-none = আগামী 4 সপ্তাহে কোনো খালি সময় নেই। একজন কর্মীকে জিজ্ঞেস করুন: তাঁরা অন্যভাবে সাহায্য করতে পারবেন।
appt-offline = এই মুহূর্তে হাবের ডায়েরিতে পৌঁছানো যাচ্ছে না। আপনি তবুও বুক করতে পারেন: সময়টি এই টার্মিনালে রাখা হবে এবং কর্মীরা তা নিশ্চিত করবেন।
appt-lost = কেউ এইমাত্র { $time } বুক করেছেন। পরের খালি সময় { $next }।
appt-lost-none = কেউ এইমাত্র সেই সময়টি বুক করেছেন, এবং আগামী 4 সপ্তাহে আর কোনো খালি সময় নেই।
appt-take-next = { $next } বুক করুন
appt-check-heading = আপনার অ্যাপয়েন্টমেন্ট যাচাই করুন
appt-what = বিষয়
appt-when = কখন
appt-where = কোথায়
appt-bring = সাথে কী আনবেন
appt-book = এই অ্যাপয়েন্টমেন্ট বুক করুন
appt-move = এই সময়ে সরান
appt-other-time = অন্য সময় বেছে নিন
appt-booking = আপনার অ্যাপয়েন্টমেন্ট বুক করা হচ্ছে…
appt-failed = আপনার অ্যাপয়েন্টমেন্ট বুক করা যায়নি। দয়া করে একজন কর্মীকে জিজ্ঞেস করুন।
appt-move-failed = অ্যাপয়েন্টমেন্ট সরানো হয়নি: { $reason }
appt-move-heading = অ্যাপয়েন্টমেন্ট সরান
appt-booked-heading = আপনার অ্যাপয়েন্টমেন্ট বুক হয়েছে
appt-provisional-heading = আপনার অ্যাপয়েন্টমেন্ট রাখা হয়েছে
appt-moved-heading = অ্যাপয়েন্টমেন্ট সরানো হয়েছে
appt-provisional = এই টার্মিনাল হাবের ডায়েরিতে পৌঁছাতে পারেনি, তাই কর্মীরা নিশ্চিত না করা পর্যন্ত সময়টি এখানে রাখা আছে। আপনার স্লিপ সাথে আনুন।
slip-next-steps = পৌঁছে এই স্লিপের QR কোড কিয়স্কের স্ক্যানারের নিচে ধরুন, অথবা একজন কর্মীকে দেখান।
hub-book = একজন বাসিন্দার জন্য অ্যাপয়েন্টমেন্ট বুক করুন
hub-upcoming = আসন্ন অ্যাপয়েন্টমেন্ট
hub-move = সরান
hub-cancel = বাতিল করুন
hub-cancel-confirm = { $date } তারিখে { $time }-এর { $type } অ্যাপয়েন্টমেন্ট বাতিল করবেন?
hub-cancel-yes = হ্যাঁ, বাতিল করুন
hub-cancel-no = না, রেখে দিন
hub-cancelled = অ্যাপয়েন্টমেন্ট বাতিল হয়েছে এবং সময়টি আবার খালি।
hub-cancel-failed = অ্যাপয়েন্টমেন্ট বাতিল হয়নি: { $reason }
hub-network = কাউন্সিলের সাথে সংযোগ
hub-network-none = কাউন্সিলের কোনো সিস্টেম সেট করা নেই: অনুরোধগুলো এই টার্মিনালেই থাকে।
hub-network-waiting = এখনও চেষ্টা করা হয়নি।
hub-network-ok = কাউন্সিলের সিস্টেম { $time }-এ উত্তর দিয়েছে।
hub-network-down = কাউন্সিলের সিস্টেম { $time }-এ উত্তর দেয়নি। অনুরোধগুলো এখানে অপেক্ষা করে এবং উত্তর পেলে পাঠানো হয়।
out-of-order = এই টার্মিনালটি এখন কাজ করছে না। দয়া করে একজন কর্মীর কাছে সাহায্য চান।
hub-exported-stick = USB স্টিকে সংরক্ষিত: { $path }

# Payments
pay-error-reference-missing = আপনার বিল বা চিঠি থেকে রেফারেন্স নম্বর লিখুন।
pay-error-reference-pattern = এটি আপনার বিলের রেফারেন্স নম্বরের মতো দেখাচ্ছে না। দেখে নিয়ে আবার চেষ্টা করুন।
pay-error-reference-check = এই রেফারেন্স নম্বরে টাইপের ভুল আছে। প্রতিটি সংখ্যা আপনার বিলের সাথে মিলিয়ে দেখুন।
pay-error-amount-low = অন্তত { $min } লিখুন।
pay-error-amount-high = { $max }-এর বেশি লিখবেন না।
pay-error-amount-unreadable = পাউন্ড ও পেন্সে পরিমাণ লিখুন, যেমন 12.50।
pay-error-quantity = 1 থেকে { $max }-এর মধ্যে বেছে নিন।
pay-progress-scan = টাকা দিতে আপনার ফোনের ক্যামেরা দিয়ে কোডটি স্ক্যান করুন। পেমেন্ট পেজ খুললেই কোডটি চলে যাবে।
pay-progress-opened = আপনার ফোনে পেমেন্ট শেষ করুন। পেমেন্ট হয়ে গেলে এই স্ক্রিন বদলে যাবে।
pay-progress-reader = কার্ড রিডারের নির্দেশনা মেনে চলুন।
pay-progress-paid = পরিশোধ হয়েছে
pay-progress-declined = পেমেন্ট প্রত্যাখ্যাত হয়েছে। কোনো টাকা নেওয়া হয়নি।
pay-progress-cancelled = পেমেন্ট বাতিল হয়েছে। কোনো টাকা নেওয়া হয়নি।
pay-progress-failed = পেমেন্ট সম্পন্ন হয়নি। কোনো টাকা নেওয়া হয়নি।
pay-progress-checking = আমরা পেমেন্ট সার্ভিসের সাথে যাচাই করছি। আবার টাকা দেবেন না।
pay-pin-needed = এই পরিমাণের জন্য আপনার PIN লাগবে।
pay-cash-only = কার্ড ও ফোনে পেমেন্ট এখন কাজ করছে না। আপনি পোস্ট অফিস বা PayPoint-এ নগদে টাকা দিতে পারেন।
pay-none-now = এটি এখন এখানে পরিশোধ করা যাবে না। অনুগ্রহ করে একজন কর্মীকে জিজ্ঞাসা করুন।
pay-receipt-title = পেমেন্টের রসিদ
pay-receipt-paid-on = পরিশোধ: { $when }
pay-receipt-quantity = পরিমাণ: { $quantity }
pay-receipt-council-reference = রেফারেন্স: { $reference }
pay-receipt-fund = ফান্ড: { $fund }
pay-receipt-amount = পরিশোধিত পরিমাণ
pay-receipt-vat = { $rate }% VAT সহ: { $vat }
pay-receipt-vat-number = VAT নম্বর: { $number }
pay-receipt-card = কার্ড: { $brand }, শেষ অঙ্ক { $last4 }
pay-receipt-application = অ্যাপ্লিকেশন: { $aid } { $name }
pay-receipt-authorisation = অনুমোদন কোড: { $code }
pay-receipt-verified-pin = PIN দিয়ে যাচাই করা হয়েছে
pay-receipt-verified-signature = স্বাক্ষর দিয়ে যাচাই করা হয়েছে
pay-receipt-verified-device = কার্ডধারীর ডিভাইসে যাচাই করা হয়েছে
pay-receipt-verified-none = কার্ডধারীর যাচাই নেই (কন্ট্যাক্টলেস)
pay-receipt-verified-other = রিডার যেভাবে কার্ডধারীর যাচাই লিখেছে
pay-receipt-phone = GOV.UK Pay দিয়ে অনলাইনে পরিশোধ
pay-receipt-transaction = লেনদেন: { $id }
pay-receipt-payment-id = পেমেন্ট নম্বর: { $id }
pay-receipt-keep = পরিশোধের প্রমাণ হিসেবে এই রসিদ রাখুন।
pay-cash-title = নগদে কীভাবে টাকা দেবেন
pay-cash-amount = দেওয়ার পরিমাণ: { $amount }
pay-cash-reference = আপনার রেফারেন্স
pay-cash-where-heading = কোথায় টাকা দেবেন
pay-cash-where = যেকোনো পোস্ট অফিস কাউন্টারে, বা PayPoint চিহ্নযুক্ত যেকোনো দোকানে।
pay-cash-how-heading = কীভাবে টাকা দেবেন
pay-cash-how = আপনার বিল বা কাউন্সিলের পেমেন্ট কার্ড সাথে নিন: কাউন্টারে এর বারকোড স্ক্যান করা হয়। এই স্লিপে কোনো বারকোড নেই। বিল না থাকলে আগে কাউন্সিলের সাথে যোগাযোগ করুন।
pay-cash-not-paid = এই স্লিপ রসিদ নয়। এখনও কিছু পরিশোধ হয়নি।
pay-cash-slip-printed = আপনার পেমেন্ট স্লিপ ছাপা হয়েছে। প্রিন্টার থেকে এটি নিন।
pay-cash-keep = টাকা না দেওয়া পর্যন্ত এই স্লিপ রাখুন।

## Paying at the kiosk: the pages
pay-open = কাউন্সিলকে টাকা দিন
pay-what-heading = আপনি কীসের জন্য টাকা দিতে চান?
pay-price-each = প্রতিটি { $price }, একবারে { $max }টি পর্যন্ত
pay-price-range = { $min } থেকে { $max } পর্যন্ত যেকোনো পরিমাণ
pay-reference-heading = আপনার বিল বা চিঠিতে থাকা রেফারেন্স
pay-reference-hint = যেভাবে ছাপা আছে সেভাবে লিখুন। ফাঁকা জায়গা ও ড্যাশে কিছু আসে যায় না।
pay-quantity-heading = আপনার কয়টি দরকার?
pay-quantity-choice = { $quantity }: { $total }
pay-amount-heading = আপনি কত টাকা দিতে চান?
pay-amount-hint = { $min } থেকে { $max } পর্যন্ত একটি পরিমাণ পাউন্ড ও পেন্সে লিখুন, যেমন 12.50।
pay-amount-to-pay = দিতে হবে: { $amount }
pay-check-heading = আপনার পেমেন্ট মিলিয়ে দেখুন
pay-row-item = আপনি কীসের জন্য টাকা দিচ্ছেন
pay-row-reference = রেফারেন্স
pay-row-quantity = কয়টি
pay-row-amount = পরিমাণ
pay-row-payment-number = পেমেন্ট নম্বর
pay-total = মোট দিতে হবে: { $amount }
pay-total-vat = এতে { $vat } ভ্যাট ধরা আছে।
pay-choose-how = কীভাবে দেবেন তা বেছে নিন
pay-how-heading = আপনি কীভাবে টাকা দিতে চান?
pay-how-checking = এখন কোন কোন উপায়ে টাকা দেওয়া যাচ্ছে তা দেখা হচ্ছে…
pay-method-phone = আপনার ফোনে টাকা দিন
pay-method-phone-hint = ফোনের ক্যামেরা দিয়ে একটি কোড স্ক্যান করুন এবং GOV.UK-এর একটি নিরাপদ পাতায় টাকা দিন।
pay-method-card = এখানে কার্ডে টাকা দিন
pay-method-card-hint = এই স্ক্রিনের পাশের কার্ড রিডার ব্যবহার করুন।
pay-method-cash = পোস্ট অফিস বা PayPoint-এ নগদে টাকা দিন
pay-method-cash-hint = আমরা একটি কাগজ ছাপি যাতে লেখা থাকে কোথায় ও কীভাবে টাকা দেবেন। আপনি পরে টাকা দেবেন।
pay-declined-twice = আপনার কার্ড দুবার প্রত্যাখ্যাত হয়েছে। কোনো টাকা কাটা হয়নি। অন্য কোনো উপায় বেছে নিন, অথবা কোনো কর্মীর সাহায্য নিন।
pay-starting = আপনার পেমেন্ট তৈরি করা হচ্ছে…
pay-start-failed = এই উপায়ে এখন টাকা দেওয়া যাচ্ছে না। কোনো টাকা কাটা হয়নি। অন্য উপায় বেছে নিন।
pay-phone-heading = আপনার ফোনে টাকা দিন
pay-card-heading = কার্ডে টাকা দিন
pay-stop = এই পেমেন্ট থামান
pay-stopping = পেমেন্ট থামানো হচ্ছে…
pay-not-paid-heading = টাকা দেওয়া হয়নি
pay-other-way = অন্য উপায়ে টাকা দিন
pay-cash-heading = নগদে টাকা দিন

## Hub view: today's payments
hub-payments = আজকের পেমেন্ট
hub-payments-none = আজ কোনো পেমেন্ট হয়নি।
hub-payments-failed = আজকের পেমেন্ট পড়া যায়নি: { $reason }
hub-pay-count-unknown = অজানা, পেমেন্ট সার্ভিসের সাথে যাচাই চলছে: { $count }
hub-pay-count-under-way = এখন দেওয়া হচ্ছে: { $count }
hub-pay-count-not-posted = দেওয়া হয়েছে, এখনও কাউন্সিলের কাছে হস্তান্তর হয়নি: { $count }
hub-pay-count-posted = দেওয়া হয়েছে ও কাউন্সিলের কাছে হস্তান্তর হয়েছে: { $count }
hub-pay-count-not-paid = দেওয়া হয়নি (প্রত্যাখ্যাত, বাতিল বা ব্যর্থ): { $count }
hub-pay-unknown = অজানা
hub-pay-under-way = দেওয়া হচ্ছে
hub-pay-not-posted = দেওয়া হয়েছে, এখনও হস্তান্তর হয়নি
hub-pay-posted = দেওয়া ও হস্তান্তর হয়েছে
hub-pay-not-paid = দেওয়া হয়নি

# Hub view: trends, help answer times, set-up and monitoring
hub-trends = গত ১২ সপ্তাহ
hub-chart-journeys = প্রতি সপ্তাহে শুরু ও শেষ হওয়া আবেদন
hub-chart-satisfaction = প্রতি সপ্তাহে সন্তুষ্টি, ৮৫% ও ৯৫% লক্ষ্যের তুলনায়
hub-chart-help = প্রতি সপ্তাহে সাহায্যের অনুরোধ, এবং ডিজিটাল সহায়কের সাথে হওয়া আবেদনের অংশ
hub-legend-started = শুরু হয়েছে
hub-legend-finished = শেষ হয়েছে
hub-legend-satisfied = সন্তুষ্ট (%)
hub-legend-target = লক্ষ্য
hub-legend-help = সাহায্যের অনুরোধ
hub-legend-assisted = ডিজিটাল সহায়কের সাথে (%)
hub-week-line = { $date } থেকে শুরু সপ্তাহ: শুরু { $started }, শেষ { $finished }, { $satisfied }, সাহায্যের অনুরোধ { $help }, ডিজিটাল সহায়কের সাথে { $assisted }%।
hub-week-satisfied = সন্তুষ্ট { $percent }%
hub-week-no-ratings = কোনো মূল্যায়ন নেই
hub-help-answered = { $date } থেকে শুরু সপ্তাহে সাহায্যের ডাক: করা হয়েছে { $calls }, সাড়া দেওয়া হয়েছে { $answered }। অর্ধেকের সাড়া { $median } মিনিটের মধ্যে, ১০টির মধ্যে ৯টির { $p90 } মিনিটের মধ্যে।
hub-help-none-answered = { $date } থেকে শুরু সপ্তাহে সাহায্যের ডাক: করা হয়েছে { $calls }, এই টার্মিনালে কর্মী সাইন ইন করে কোনোটিতে সাড়া দেননি।
hub-erase-soon = প্রত্যাখ্যাত আবেদন যাদের ব্যক্তিগত তথ্য এক সপ্তাহের মধ্যে মুছে ফেলা হবে: { $count }। সেগুলো আবার পাঠান বা তার আগে ব্যবস্থা নিন।
hub-setup = সেটআপ ও পর্যবেক্ষণ
hub-setup-fetched = সেটআপ সংস্করণ { $version }, কাউন্সিল থেকে { $date } তারিখে { $time }-এ আনা হয়েছে।
hub-setup-local = সেটআপ সংস্করণ { $version }, এই টার্মিনালের নিজের ফাইল থেকে।
hub-setup-refused = কাউন্সিলের শেষ { $file } ফাইলটি ব্যবহার করা হয়নি: { $reason }
hub-metrics-on = কাউন্সিলের পর্যবেক্ষণের পরিসংখ্যান { $address }-এ পাওয়া যাচ্ছে।
hub-metrics-off = কাউন্সিলের পর্যবেক্ষণের পরিসংখ্যান বন্ধ আছে।
hub-metrics-failed = কাউন্সিলের পর্যবেক্ষণের পরিসংখ্যান চালু করা যায়নি: { $reason }
hub-help-calls = সাহায্যের ডাক
hub-week-by-week = সপ্তাহ অনুযায়ী
## Addresses and streets from the gazetteer
addresses-heading = { $postcode }-এ ঠিকানা বেছে নিন
address-not-listed = আমার ঠিকানা তালিকায় নেই
addresses-none = { $postcode }-এ আমরা কোনো ঠিকানা খুঁজে পাইনি। তার বদলে বাড়ির নম্বর বা নাম লিখুন।
street-heading = এটি কোন রাস্তায়?
street-hint = রাস্তার নাম লিখুন, যেমন Mill Lane, অথবা পোস্টকোড।
streets-heading = রাস্তা বেছে নিন
streets-none = "{ $typed }" নামে কোনো রাস্তা আমরা খুঁজে পাইনি। তার বদলে জায়গাটি কোথায় তা বর্ণনা করুন।
street-in-town = { $street }, { $town }
near-heading = এটি { $street }-এর কোন নম্বরের কাছে?
near-hint = সমস্যার সবচেয়ে কাছের বাড়ি বা ভবন বেছে নিন।
describe-instead = খুঁজে পাচ্ছি না: জায়গাটি বর্ণনা করব
row-address = ঠিকানা
row-street = রাস্তা
row-near = কাছে
error-choose-address = আপনার ঠিকানা বেছে নিন, অথবা "আমার ঠিকানা তালিকায় নেই" বেছে নিন
error-enter-street = রাস্তার নাম বা পোস্টকোড লিখুন
error-choose-street = রাস্তা বেছে নিন, অথবা জায়গাটি বর্ণনা করুন
error-choose-near = সবচেয়ে কাছের নম্বর বেছে নিন, অথবা জায়গাটি বর্ণনা করুন

## Nearby reports
nearby-heading = এটি কি আগেই জানানো হয়েছে?
nearby-hint = কাছাকাছি এই সমস্যাগুলো আগেই জানানো হয়েছে এবং সেগুলোর কাজ চলছে। আপনারটি কি এগুলোর একটি?
nearby-none-of-these = এগুলোর কোনোটিই নয়: এটি একটি নতুন সমস্যা
nearby-distance = { $metres } মিটার দূরে
nearby-reported = { $days ->
    [one] { $days } দিন আগে জানানো হয়েছে
   *[other] { $days } দিন আগে জানানো হয়েছে
}
nearby-reported-today = আজ জানানো হয়েছে
nearby-out-of-date = এই মুহূর্তে আমরা কাউন্সিলের সিস্টেমে পৌঁছাতে পারছি না, তাই এই তালিকা হালনাগাদ নাও হতে পারে।
already-reported-heading = এটি আগেই জানানো হয়েছে
already-reported-body = কাউন্সিল এই সমস্যার কথা জানে এবং এটি নিয়ে কাজ করছে। আপনাকে আবার জানাতে হবে না।
already-reported-follow = এর রেফারেন্স প্রিন্ট করুন যাতে আমি অগ্রগতি দেখতে পারি
already-reported-add = আমার রিপোর্টও পাঠান
following-heading = আপনি এই রিপোর্টটি অনুসরণ করছেন
following-body = কাউন্সিলের কাছে এই রিপোর্টটি আগে থেকেই আছে। এই রেফারেন্সটি রাখুন: অনুরোধের অগ্রগতি দেখুন অংশে এটি লিখুন বা স্ক্যান করুন, তাহলে জানতে পারবেন কাজ কতদূর।
following-receipt = আপনি এমন একটি রিপোর্ট অনুসরণ করছেন যা কাউন্সিলের কাছে আগে থেকেই আছে। নতুন কিছু পাঠানো হয়নি।
follow-failed = এই মুহূর্তে এই রিপোর্টটি অনুসরণ করা যাচ্ছে না। আপনি শেষ করতে পারেন, অথবা আপনার রিপোর্টও পাঠাতে পারেন।
places-looking = খোঁজা হচ্ছে…
streets-none-buildings = ওই রাস্তায় কোনো বাড়ি বা ভবন তালিকাভুক্ত নেই। তার বদলে জায়গাটি বর্ণনা করুন।
