# Frontdoor: words on screen, British English. This is the source locale:
# every other locale has exactly these message ids and variables.
# Plain English: short sentences, say what to do, no "please", no "invalid".

## The language itself
language-name = English
language-direction = ltr

## Every screen
language-button = Language
language-close = Close
back = Back
start-again = Start again
help-button = Get help from staff
help-asked-short = Staff are coming
help-asked-heading = A member of staff has been asked to come over
help-asked-body = Stay here. Someone will be with you soon. Your answers are kept.
help-carry-on = Carry on by myself
help-calling = Calling a member of staff…
help-told-heading = A member of staff has been told
help-told-body = Stay here. Someone will be with you soon. Your answers are kept.
help-desk-heading = Please ask at the help desk
help-desk-failed = We could not reach a member of staff from this terminal. Your answers are kept.
help-desk-no-one-came = No one has come yet. We are sorry you have had to wait. Your answers are kept.
help-desk-default = Ask at the main desk and a member of staff will help you.
help-call-again = Call again
continue = Continue
finish = Finish

## Read aloud
speech-start = Read aloud
speech-stop = Stop reading aloud
speech-missing = Read aloud is not available on this terminal
speech-louder = Louder
speech-quieter = Quieter
speech-field = Text box

## Inactivity
idle-heading = Are you still there?
idle-body = To keep your information safe, this screen will be cleared in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
idle-seconds = { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
idle-still-here = I am still here

## Welcome
welcome-heading = Welcome to { $site }
welcome-intro = Report a problem, apply for something, or tell the council about a change. Most things take about 5 minutes.
choose-language = Choose your language
choose-text-size = Choose your text size
size-standard = Standard
size-large = Large
size-largest = Largest
choose-colours = Choose your colours
colours-standard = Dark text on white
colours-high-contrast = Light text on black
start = Start

## Services
services-heading = What do you need help with?
search-open = Search for a service
group-other = Other services
group-count = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
search-heading = Search for a service
search-hint = Type a word, like bin, lamp or council tax.
search-none = No services match "{ $query }". Try another word, or go back to see every service.
search-count = { $count ->
    [one] { $count } service found
   *[other] { $count } services found
}

## Check progress
progress-open = Check the progress of a request
progress-heading = Check the progress of a request
progress-hint = Type the reference from your receipt, or hold the receipt's QR code under the scanner. A reference has 10 letters and numbers, like ACDE 346 79E.
progress-check = Check progress
progress-looking = Looking up your request.
progress-reference = Reference { $reference }
progress-waiting = Your request is saved on this terminal and is waiting to be sent to the council. It was saved at { $time } on { $date }. It will be sent when the connection is back.
progress-parked = Your request is saved on this terminal, but the council's system could not accept it. A member of staff will sort it out. Ask at the desk if you want to know more.
progress-sent-untracked = Your request has been sent to the council. The council's system does not give progress updates for this kind of request.
progress-open-status = The council is dealing with your request.
progress-closed-status = The council has finished dealing with your request.
progress-notes = Latest update: { $notes }
progress-agency = Dealt with by: { $agency }
progress-offline = Your request was sent to the council, but we cannot reach the council's system right now to check its progress. Try again later.
progress-not-here = This reference was not made on this terminal, so its progress cannot be checked here. Ask a member of staff, or phone the council.
progress-word-waiting = saved here and waiting to be sent
progress-word-staff = waiting for a member of staff
progress-word-received = sent to the council
progress-word-open = being dealt with
progress-word-closed = finished
progress-word-booked = booked
progress-word-cancelled = cancelled
progress-glimpse = { $service }: { $status }.
progress-glimpse-more = For more detail, or to print the receipt again, hold your receipt's QR code under the scanner, or ask a member of staff.
progress-glimpse-slip = To check in, hold your slip's QR code under the scanner, or ask a member of staff.
progress-too-many = Too many references could not be found here in the last few minutes. Try again in { $minutes } minutes, or ask a member of staff.
error-reference-empty = Enter your reference. It is printed on your receipt.
error-reference-length = A reference has 10 letters and numbers. You entered { $count }.
error-reference-character = A reference does not contain "{ $character }". Check it against your receipt.
error-reference-check = This reference is not right. Check each letter and number against your receipt.

## Signposts
signpost-phone = Phone
signpost-web = Website
signpost-visit = Visit
signpost-hours = Opening times
signpost-photo = You can take a photo of this screen to keep these details.

## Journey pages
step-of = Question { $step } of { $total }
info-heading = Before you go on
optional-question = { $question } (optional)
error-summary = There is a problem
postcode-heading = What is the postcode?
postcode-hint = For example, DE1 2AB.
postcode-unknown = I do not know the postcode
house-heading = What is the house number or name?
house-hint = For example, 14 or Rose Cottage. For a flat, include the flat number.
landmark-heading = Where is it?
landmark-hint = Describe the place so someone can find it. For example, outside 12 High Street, or by the gates of Victoria Park.
contact-heading = How should we contact you about this?
contact-hint = We only use your details for this request.
contact-phone = By phone
contact-email = By email
contact-none = Do not contact me
phone-heading = What is your phone number?
phone-hint = A UK landline or mobile number, like 01632 960 001 or 07700 900 982.
email-heading = What is your email address?
email-hint = For example, name@example.com.
name-heading = What is your name?

## Date picker
date-today = Today
date-yesterday = Yesterday
skip-question = Skip this question
date-unknown = I do not know the date
date-none-chosen = No date chosen yet.
date-another = An earlier date
date-day-before = Day before
date-day-after = Day after
date-month-before = Month before
date-month-after = Month after
date-year-before = Year before
date-year-after = Year after
date-long = { $weekday } { $day } { $month } { $year }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## On-screen keyboard
keyboard-hide = Hide the keyboard
keyboard-show = Show the keyboard
key-space = Space
key-delete = Delete
key-clear = Clear
key-capitals = Capitals
key-lower-case = Small letters
key-more-letters = More letters

## Errors: say what to do
error-enter-text = Type your answer in the box
error-enter-number = Enter a number, like 2
error-whole-number = Enter a whole number, like 2
error-number-range = Enter a number from { $min } to { $max }
error-choose-one = Choose one of the answers
error-choose-at-least-one = Choose at least one of the answers
error-date-not-future = The date must be today or in the past
error-date-not-past = The date must be today or in the future
error-too-long = Your answer must be { $max } characters or fewer. It is { $typed } characters now.
error-enter-postcode = Enter the postcode, or choose "I do not know the postcode"
error-postcode-format = Enter a full UK postcode, like DE1 2AB
error-enter-house = Enter the house number or name
error-enter-landmark = Describe where it is
error-choose-contact = Choose how we should contact you
error-enter-phone = Enter your phone number
error-phone-format = Enter a UK phone number, like 01632 960 001 or 07700 900 982
error-enter-email = Enter your email address
error-email-format = Enter an email address with an @ in it, like name@example.com
consent-text-reference = Text me my reference
consent-email-reference = Email me my reference
consent-remind = Remind me by text the day before
consent-updates = Tell me when the council updates my request
notices-heading = Would you like us to send you anything?
notices-hint = Tick what you want. You can tick nothing. We only send what you tick.
row-notices = We will send you
notices-none = Nothing
error-not-a-mobile = We can only send texts to a mobile number. Change your number, or untick the text.
receipt-notices = You asked us to send you
appt-texts-heading = Would you like a text about this appointment?
appt-text-details = Text me the appointment details
appt-texts-mobile-hint = A UK mobile number, like 07700 900 982. We only use it for these texts.
error-enter-mobile = Enter your mobile phone number
error-mobile-format = Enter a UK mobile number, like 07700 900 982
error-enter-name = Enter your name

## Check your answers
check-heading = Check your answers
check-send-heading = Now send your request
check-send-body = When you send this, it is saved on this terminal and then sent to the council.
send = Send
change = Change
not-given = Not given
row-postcode = Postcode
row-house = House number or name
row-landmark = Where it is
row-contact-method = How to contact you
row-phone = Phone number
row-email = Email address
row-name = Name

## Saving and confirmation
saving-heading = Saving your request
saving-body = This takes a moment.
save-failed-heading = Your request could not be saved
save-failed-body = Something went wrong on this terminal. Nothing has been sent. Your answers are still here: try again, or ask a member of staff for help.
try-again = Try again
confirmation-heading = Request saved
your-reference = Your reference is
reference-keep = Write down your reference or take a photo of it. You need it to check progress.
what-next = What happens next
saved-here = Your request is saved on this terminal. It will be sent to the council when this terminal is connected.
saved-will-send = Your request is saved on this terminal and will be sent to the council straight away, or as soon as the connection is back.
rating-question = How was using this terminal today?
rating-thanks = Thank you for your feedback.
rating-very-good = Very good
rating-good = Good
rating-neither = Neither good nor poor
rating-poor = Poor
rating-very-poor = Very poor

## Receipts and the printer
receipt-date-time = { $date } at { $time }
receipt-saved = Saved on { $when }
receipt-reference = Your reference
receipt-scan = Scan this code with a phone camera to see the progress of your request.
receipt-scan-terminal = To see progress, choose "Check progress" on a council terminal and hold this code under the scanner.
receipt-contact = Contact the council
receipt-keep = Keep this receipt. It has no personal details on it.
receipt-appointment = Your appointment
receipt-appointment-place = Where: { $place }
receipt-appointment-bring = Bring: { $items }
receipt-appointment-provisional = This booking is not confirmed yet, because this terminal was offline. Staff will confirm it. Bring this slip with you.
receipt-test = Printer test
receipt-test-paper = Paper { $dots } dots wide.
receipt-test-pound = The pound sign: £5.00
receipt-test-qr = A phone camera should read this code as ACDE34679E.
printer-printing = Printing your receipt…
printer-printed = Your receipt has printed. Take it from the printer.
printer-out-of-paper = The printer is out of paper. Your request is saved. Here is your reference on screen — you can photograph this QR code.
printer-cover-open = The printer's cover is open, so it cannot print. Your request is saved. Here is your reference on screen — you can photograph this QR code.
printer-not-working = The printer is not working at the moment. Your request is saved. Here is your reference on screen — you can photograph this QR code.
printer-stopped = The printer stopped before your receipt was finished. Your request is saved. Here is your reference on screen — you can photograph this QR code.
printer-none = This terminal does not print receipts. Your request is saved. Here is your reference on screen — you can photograph this QR code.
print-again = Print again
receipt-photograph = This code holds your reference. You can take a photo of it.
print-receipt = Print a receipt

## Staff
staff-heading = Staff sign-in
staff-pin-hint = Type your PIN.
staff-number-hint = Type your staff number.
staff-number-shown = Staff number: { $number }
staff-next = Next
staff-change-number = Change staff number
staff-wrong = That staff number and PIN do not match.
staff-wrong-left = That PIN is not right for this staff number. Tries left before it is locked: { $left }.
staff-account-locked = This staff number is locked until { $time }. An admin can unlock it sooner.
staff-sign-in = Sign in
staff-cancel = Cancel
staff-checking = Checking…
staff-signed-in = Signed in: { $name }
staff-assist = Start an assisted session
staff-assisting = Assisted session with { $name }
staff-sign-out = Sign out
staff-unavailable = Staff sign-in is not working on this terminal.

## The hub view (staff)
hub-open = Hub view
hub-heading = This terminal
hub-today = Today
hub-week = This week
hub-month = This month
hub-outbox = Requests on this terminal
hub-waiting = Waiting to send: { $count }
hub-sent = Sent: { $count }
hub-attention = Refused by the council's system: { $count }
hub-retry = Send again
hub-printer = Printer
hub-printer-ok = Working
hub-journeys = Journeys
hub-started = Started
hub-completed = Finished
hub-abandoned = Left part way
hub-abandoned-at = Most often left at: { $step }
hub-assisted = Helped by a digital champion: { $percent }%
hub-help = Help requests: { $count }
hub-languages = Languages
hub-satisfaction-heading = Satisfaction
hub-satisfaction = { $percent }% of ratings were good or very good
hub-target-met = Target { $target }%: met
hub-target-missed = Target { $target }%: not met
hub-no-ratings = No ratings yet
hub-export = Save as CSV
hub-exported = Saved to { $path }
hub-export-failed = Could not save: { $reason }

## Appointments: check-in and the hub
progress-checked-in = You are checked in for your { $type } appointment at { $time }. Take a seat in the waiting area: an adviser will call you.
progress-already-in = You are already checked in for your { $type } appointment at { $time }. An adviser will call you.
progress-other-day = Your { $type } appointment is on { $date } at { $time }, not today. Come back then, or ask a member of staff.
progress-provisional = Your { $type } appointment on { $date } at { $time } is not confirmed yet. Tell a member of staff you are here.
progress-conflict = There is a problem with your { $type } appointment. Tell a member of staff you are here.
hub-appointments = Today's appointments
hub-no-appointments = No appointments today
hub-arrived = Arrived
hub-not-arrived = Not arrived yet
hub-provisional = Not confirmed yet
hub-conflict = Needs staff: the time was taken

## Booking appointments
appt-kind-heading = What do you need help with?
appt-length = about { $minutes } min
appt-loading = Looking for free times…
appt-day-heading = Which day suits you?
appt-day-hint = Only days with a free time are shown.
appt-time-heading = What time suits you?
appt-day-full = There are no free times left on this day. Go back and choose another day.
appt-none = There are no free times in the next 4 weeks. Ask a member of staff: they can help you another way.
appt-offline = The hub's diary cannot be reached just now. You can still book: the time is kept on this terminal and staff will confirm it.
appt-lost = Someone has just booked { $time }. The next free time is { $next }.
appt-lost-none = Someone has just booked that time, and there are no more free times in the next 4 weeks.
appt-take-next = Book { $next }
appt-check-heading = Check your appointment
appt-what = About
appt-when = When
appt-where = Where
appt-bring = What to bring
appt-book = Book this appointment
appt-move = Move to this time
appt-other-time = Choose another time
appt-booking = Booking your appointment…
appt-failed = Your appointment could not be booked. Please ask a member of staff.
appt-move-failed = The appointment was not moved: { $reason }
appt-move-heading = Move an appointment
appt-booked-heading = Your appointment is booked
appt-provisional-heading = Your appointment is held
appt-moved-heading = The appointment is moved
appt-provisional = This terminal could not reach the hub's diary, so the time is held here until staff confirm it. Bring your slip with you.
slip-next-steps = When you arrive, hold this slip's QR code under the kiosk's scanner, or show it to a member of staff.
hub-book = Book an appointment for a resident
hub-upcoming = Coming appointments
hub-move = Move
hub-cancel = Cancel
hub-cancel-confirm = Cancel the { $type } appointment at { $time } on { $date }?
hub-cancel-yes = Yes, cancel it
hub-cancel-no = No, keep it
hub-cancelled = The appointment is cancelled and its time is free again.
hub-cancel-failed = The appointment was not cancelled: { $reason }
hub-network = Connection to the council
hub-network-none = No council system is set up: requests stay on this terminal.
hub-network-waiting = Not tried yet.
hub-network-ok = The council's system answered at { $time }.
hub-network-down = The council's system did not answer at { $time }. Requests wait here and go when it answers.
out-of-order = This terminal is not working at the moment. Please ask a member of staff for help.
hub-exported-stick = Saved on the USB stick: { $path }

# Payments
pay-error-reference-missing = Enter the reference from your bill or letter.
pay-error-reference-pattern = This does not look like the reference on your bill. Check it and try again.
pay-error-reference-check = This reference has a typing mistake in it. Check each number against your bill.
pay-error-amount-low = Enter at least { $min }.
pay-error-amount-high = Enter no more than { $max }.
pay-error-amount-unreadable = Enter the amount in pounds and pence, like 12.50.
pay-error-quantity = Choose from 1 to { $max }.
pay-progress-scan = Scan the code with your phone's camera to pay. The code goes away once you open the payment page.
pay-progress-opened = Finish paying on your phone. This screen will change when the payment is done.
pay-progress-reader = Follow the instructions on the card reader.
pay-progress-paid = Paid
pay-progress-declined = The payment was declined. No money was taken.
pay-progress-cancelled = The payment was cancelled. No money was taken.
pay-progress-failed = The payment did not go through. No money was taken.
pay-progress-checking = We are checking with the payment service. Do not pay again.
pay-pin-needed = You will need your PIN for this amount.
pay-cash-only = Card and phone payments are not working right now. You can pay with cash at a Post Office or PayPoint.
pay-none-now = This cannot be paid here right now. Please ask a member of staff.
pay-receipt-title = Payment receipt
pay-receipt-paid-on = Paid on { $when }
pay-receipt-quantity = Quantity: { $quantity }
pay-receipt-council-reference = Reference: { $reference }
pay-receipt-fund = Fund: { $fund }
pay-receipt-amount = Amount paid
pay-receipt-vat = Includes VAT at { $rate }%: { $vat }
pay-receipt-vat-number = VAT number: { $number }
pay-receipt-card = Card: { $brand } ending { $last4 }
pay-receipt-application = Application: { $aid } { $name }
pay-receipt-authorisation = Authorisation code: { $code }
pay-receipt-verified-pin = Verified by PIN
pay-receipt-verified-signature = Verified by signature
pay-receipt-verified-device = Verified on the cardholder's device
pay-receipt-verified-none = No cardholder verification (contactless)
pay-receipt-verified-other = Cardholder verification as the card reader recorded it
pay-receipt-phone = Paid online with GOV.UK Pay
pay-receipt-transaction = Transaction: { $id }
pay-receipt-payment-id = Payment number: { $id }
pay-receipt-keep = Keep this receipt as proof of payment.
pay-cash-title = How to pay with cash
pay-cash-amount = Amount to pay: { $amount }
pay-cash-reference = Your reference
pay-cash-where-heading = Where to pay
pay-cash-where = At any Post Office counter, or at any shop with the PayPoint sign.
pay-cash-how-heading = How to pay
pay-cash-how = Take your bill or council payment card with you: the counter scans the barcode on it. This slip has no barcode. If you do not have your bill, contact the council first.
pay-cash-not-paid = This slip is not a receipt. Nothing has been paid yet.
pay-cash-slip-printed = Your payment slip has printed. Take it from the printer.
pay-cash-keep = Keep this slip until you have paid.

## Paying at the kiosk: the pages
pay-open = Pay the council
pay-what-heading = What do you want to pay for?
pay-price-each = { $price } each, up to { $max } at a time
pay-price-range = Any amount from { $min } to { $max }
pay-reference-heading = The reference on your bill or letter
pay-reference-hint = Type it as it is printed. Spaces and dashes do not matter.
pay-quantity-heading = How many do you want?
pay-quantity-choice = { $quantity }: { $total }
pay-amount-heading = How much do you want to pay?
pay-amount-hint = Type an amount from { $min } to { $max } in pounds and pence, like 12.50.
pay-amount-to-pay = Amount to pay: { $amount }
pay-check-heading = Check your payment
pay-row-item = What you are paying for
pay-row-reference = Reference
pay-row-quantity = How many
pay-row-amount = Amount
pay-row-payment-number = Payment number
pay-total = Total to pay: { $amount }
pay-total-vat = This includes VAT of { $vat }.
pay-choose-how = Choose how to pay
pay-how-heading = How do you want to pay?
pay-how-checking = Checking which ways to pay are working now…
pay-method-phone = Pay on your phone
pay-method-phone-hint = Scan a code with your phone's camera and pay on a secure GOV.UK page.
pay-method-card = Pay by card here
pay-method-card-hint = Use the card reader next to this screen.
pay-method-cash = Pay with cash at a Post Office or PayPoint
pay-method-cash-hint = We print a slip that says where and how to pay. You pay later.
pay-declined-twice = Your card was declined twice. No money was taken. Choose another way to pay, or ask a member of staff.
pay-starting = Getting your payment ready…
pay-start-failed = That way to pay is not working right now. No money was taken. Choose another way.
pay-phone-heading = Pay on your phone
pay-card-heading = Pay by card
pay-stop = Stop this payment
pay-stopping = Stopping the payment…
pay-not-paid-heading = Not paid
pay-other-way = Choose another way to pay
pay-cash-heading = Pay with cash

## Hub view: today's payments
hub-payments = Today's payments
hub-payments-none = No payments today.
hub-payments-failed = Today's payments could not be read: { $reason }
hub-pay-count-unknown = Unknown, being checked with the payment service: { $count }
hub-pay-count-under-way = Being paid now: { $count }
hub-pay-count-not-posted = Paid, not yet passed on to the council: { $count }
hub-pay-count-posted = Paid and passed on to the council: { $count }
hub-pay-count-not-paid = Not paid (declined, cancelled or failed): { $count }
hub-pay-unknown = unknown
hub-pay-under-way = being paid
hub-pay-not-posted = paid, not passed on yet
hub-pay-posted = paid and passed on
hub-pay-not-paid = not paid

# Hub view: trends, help answer times, set-up and monitoring
hub-trends = The last 12 weeks
hub-chart-journeys = Journeys started and finished each week
hub-chart-satisfaction = Satisfaction each week, against the 85% and 95% targets
hub-chart-help = Help requests each week, and the share of journeys with a digital champion
hub-legend-started = Started
hub-legend-finished = Finished
hub-legend-satisfied = Satisfied (%)
hub-legend-target = Targets
hub-legend-help = Help requests
hub-legend-assisted = With a digital champion (%)
hub-week-line = Week of { $date }: { $started } started, { $finished } finished, { $satisfied }, { $help } help requests, { $assisted }% with a digital champion.
hub-week-satisfied = { $percent }% satisfied
hub-week-no-ratings = no ratings
hub-help-answered = Help calls in the week of { $date }: { $calls } made, { $answered } answered. Half were answered within { $median } minutes, 9 in 10 within { $p90 } minutes.
hub-help-none-answered = Help calls in the week of { $date }: { $calls } made, none answered by a staff sign-in on this terminal.
hub-erase-soon = Refused requests whose personal details will be erased within a week: { $count }. Send them again or deal with them before then.
hub-setup = Set-up and monitoring
hub-setup-fetched = Set-up version { $version }, fetched from the council at { $time } on { $date }.
hub-setup-local = Set-up version { $version }, from this terminal's own file.
hub-setup-refused = The council's last { $file } file was not used: { $reason }
hub-metrics-on = Figures for the council's monitoring are served at { $address }.
hub-metrics-off = Figures for the council's monitoring are switched off.
hub-metrics-failed = Figures for the council's monitoring could not start: { $reason }
hub-help-calls = Help calls
hub-week-by-week = Week by week
## Addresses and streets from the gazetteer
addresses-heading = Choose the address at { $postcode }
address-not-listed = My address is not listed
addresses-none = We could not find any addresses at { $postcode }. Type the house number or name instead.
street-heading = Which street is it in?
street-hint = Type the street name, like Mill Lane, or the postcode.
streets-heading = Choose the street
streets-none = We could not find a street called "{ $typed }". Describe where it is instead.
street-in-town = { $street }, { $town }
near-heading = Which number on { $street } is it nearest to?
near-hint = Choose the house or building nearest to the problem.
describe-instead = I cannot find it: describe the place instead
row-address = Address
row-street = Street
row-near = Near
error-choose-address = Choose your address, or choose "My address is not listed"
error-enter-street = Type the street name or the postcode
error-choose-street = Choose the street, or describe the place instead
error-choose-near = Choose the number it is nearest to, or describe the place instead

## Nearby reports
nearby-heading = Has this already been reported?
nearby-hint = These problems near here have already been reported and are being dealt with. Is yours one of them?
nearby-none-of-these = None of these: it is a new problem
nearby-distance = { $metres } m away
nearby-reported = { $days ->
    [one] Reported { $days } day ago
   *[other] Reported { $days } days ago
}
nearby-reported-today = Reported today
nearby-out-of-date = We cannot reach the council's system just now, so this list may be out of date.
already-reported-heading = This has already been reported
already-reported-body = The council knows about this problem and is dealing with it. You do not need to report it again.
already-reported-follow = Print its reference so I can follow its progress
already-reported-add = Send my report as well
following-heading = You are following this report
following-body = The council already has this report. Keep this reference: type it or scan it under Check the progress of a request to see how it is going.
following-receipt = You are following a report the council already has. Nothing new was sent.
follow-failed = This report cannot be followed just now. You can finish, or send your report as well.
places-looking = Finding them…
streets-none-buildings = There are no houses or buildings listed on that street. Describe where it is instead.
