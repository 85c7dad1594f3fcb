# Frontdoor: words on screen, Welsh (plain words).
# NEEDS REVIEW: written by the Frontdoor team, not yet checked by a fluent
# speaker. Have a fluent Welsh speaker review every line before live use.
# Message ids and variables match the source locale, en-GB.
# Plural categories for Welsh: zero, one, two, few, many, other. Welsh keeps
# the noun singular after a number ("30 eiliad").

## The language itself
language-name = Cymraeg
language-direction = ltr

## Every screen
language-button = Iaith
language-close = Cau
back = Yn ôl
start-again = Dechrau eto
help-button = Cael help gan staff
help-asked-short = Mae staff ar eu ffordd
help-asked-heading = Rydyn ni wedi gofyn i aelod o staff ddod draw
help-asked-body = Arhoswch yma. Bydd rhywun gyda chi cyn hir. Mae eich atebion wedi'u cadw.
help-carry-on = Bwrw ymlaen fy hun
help-calling = Yn galw aelod o staff…
help-told-heading = Mae aelod o staff wedi cael gwybod
help-told-body = Arhoswch yma. Bydd rhywun gyda chi cyn bo hir. Mae eich atebion yn cael eu cadw.
help-desk-heading = Gofynnwch wrth y ddesg gymorth
help-desk-failed = Ni allem gysylltu ag aelod o staff o'r derfynell hon. Mae eich atebion yn cael eu cadw.
help-desk-no-one-came = Does neb wedi dod eto. Mae'n ddrwg gennym eich bod wedi gorfod aros. Mae eich atebion yn cael eu cadw.
help-desk-default = Gofynnwch wrth y brif ddesg a bydd aelod o staff yn eich helpu.
help-call-again = Galw eto
continue = Parhau
finish = Gorffen

## Read aloud
speech-start = Darllen yn uchel
speech-stop = Stopio darllen yn uchel
speech-missing = Does dim modd darllen yn uchel ar y derfynell hon
speech-louder = Yn uwch
speech-quieter = Yn dawelach
speech-field = Blwch testun

## Inactivity
idle-heading = Ydych chi dal yna?
idle-body = I gadw eich gwybodaeth yn ddiogel, bydd y sgrin hon yn cael ei chlirio ymhen { $seconds ->
    [zero] { $seconds } eiliad
    [one] { $seconds } eiliad
    [two] { $seconds } eiliad
    [few] { $seconds } eiliad
    [many] { $seconds } eiliad
   *[other] { $seconds } eiliad
}.
idle-seconds = { $seconds ->
    [zero] { $seconds } eiliad
    [one] { $seconds } eiliad
    [two] { $seconds } eiliad
    [few] { $seconds } eiliad
    [many] { $seconds } eiliad
   *[other] { $seconds } eiliad
}
idle-still-here = Rydw i dal yma

## Welcome
welcome-heading = Croeso i { $site }
welcome-intro = Rhowch wybod am broblem, gwnewch gais am rywbeth, neu dywedwch wrth y cyngor am newid. Mae'r rhan fwyaf o bethau'n cymryd tua 5 munud.
choose-language = Dewiswch eich iaith
choose-text-size = Dewiswch faint y testun
size-standard = Arferol
size-large = Mawr
size-largest = Mwyaf
choose-colours = Dewiswch eich lliwiau
colours-standard = Testun tywyll ar wyn
colours-high-contrast = Testun golau ar ddu
start = Dechrau

## Services
services-heading = Gyda beth mae angen help arnoch chi?
search-open = Chwilio am wasanaeth
group-other = Gwasanaethau eraill
group-count = { $count ->
    [zero] { $count } gwasanaeth
    [one] { $count } gwasanaeth
    [two] { $count } wasanaeth
    [few] { $count } gwasanaeth
    [many] { $count } gwasanaeth
   *[other] { $count } gwasanaeth
}
search-heading = Chwilio am wasanaeth
search-hint = Teipiwch air, fel bin, treth neu sachau. Mae geiriau Saesneg yn gweithio hefyd.
search-none = Does dim gwasanaeth yn cyfateb i "{ $query }". Rhowch gynnig ar air arall, neu ewch yn ôl i weld pob gwasanaeth.
search-count = { $count ->
    [zero] Dim gwasanaeth wedi'i ganfod
    [one] { $count } gwasanaeth wedi'i ganfod
    [two] { $count } wasanaeth wedi'u canfod
    [few] { $count } gwasanaeth wedi'u canfod
    [many] { $count } gwasanaeth wedi'u canfod
   *[other] { $count } gwasanaeth wedi'u canfod
}

## Check progress
progress-open = Gweld sut mae cais yn dod yn ei flaen
progress-heading = Gweld sut mae cais yn dod yn ei flaen
progress-hint = Teipiwch y cyfeirnod o'ch derbynneb, neu daliwch god QR y dderbynneb o dan y sganiwr. Mae gan gyfeirnod 10 llythyren a rhif, fel ACDE 346 79E.
progress-check = Gweld y cynnydd
progress-looking = Yn chwilio am eich cais.
progress-reference = Cyfeirnod { $reference }
progress-waiting = Mae eich cais wedi'i gadw ar y derfynell hon ac yn aros i gael ei anfon at y cyngor. Cafodd ei gadw am { $time } ar { $date }. Bydd yn cael ei anfon pan fydd y cysylltiad yn ôl.
progress-parked = Mae eich cais wedi'i gadw ar y derfynell hon, ond doedd system y cyngor ddim yn gallu ei dderbyn. Bydd aelod o staff yn ei ddatrys. Gofynnwch wrth y ddesg os ydych chi eisiau gwybod mwy.
progress-sent-untracked = Mae eich cais wedi'i anfon at y cyngor. Dydy system y cyngor ddim yn rhoi diweddariadau am y math hwn o gais.
progress-open-status = Mae'r cyngor yn delio â'ch cais.
progress-closed-status = Mae'r cyngor wedi gorffen delio â'ch cais.
progress-notes = Y newyddion diweddaraf: { $notes }
progress-agency = Yn cael ei drin gan: { $agency }
progress-offline = Cafodd eich cais ei anfon at y cyngor, ond allwn ni ddim cyrraedd system y cyngor ar hyn o bryd i weld y cynnydd. Rhowch gynnig arall yn nes ymlaen.
progress-not-here = Chafodd y cyfeirnod hwn mo'i wneud ar y derfynell hon, felly does dim modd gweld ei gynnydd yma. Gofynnwch i aelod o staff, neu ffoniwch y cyngor.
progress-word-waiting = wedi'i gadw yma ac yn aros i gael ei anfon
progress-word-staff = yn aros am aelod o staff
progress-word-received = wedi'i anfon i'r cyngor
progress-word-open = yn cael sylw
progress-word-closed = wedi gorffen
progress-word-booked = wedi'i drefnu
progress-word-cancelled = wedi'i ganslo
progress-glimpse = { $service }: { $status }.
progress-glimpse-more = I gael mwy o fanylion, neu i argraffu'r dderbynneb eto, daliwch god QR eich derbynneb o dan y sganiwr, neu gofynnwch i aelod o staff.
progress-glimpse-slip = I gofrestru eich bod wedi cyrraedd, daliwch god QR eich slip o dan y sganiwr, neu gofynnwch i aelod o staff.
progress-too-many = Chafwyd dim hyd i ormod o gyfeirnodau yma yn yr ychydig funudau diwethaf. Rhowch gynnig arall ymhen { $minutes } munud, neu gofynnwch i aelod o staff.
error-reference-empty = Rhowch eich cyfeirnod. Mae wedi'i argraffu ar eich derbynneb.
error-reference-length = Mae gan gyfeirnod 10 llythyren a rhif. Rydych chi wedi rhoi { $count }.
error-reference-character = Does dim "{ $character }" mewn cyfeirnod. Cymharwch ef â'ch derbynneb.
error-reference-check = Dydy'r cyfeirnod hwn ddim yn iawn. Cymharwch bob llythyren a rhif â'ch derbynneb.

## Signposts
signpost-phone = Ffôn
signpost-web = Gwefan
signpost-visit = Cyfeiriad
signpost-hours = Oriau agor
signpost-photo = Gallwch dynnu llun o'r sgrin hon i gadw'r manylion hyn.

## Journey pages
step-of = Cwestiwn { $step } o { $total }
info-heading = Cyn i chi fynd ymlaen
optional-question = { $question } (dewisol)
error-summary = Mae problem
postcode-heading = Beth yw'r cod post?
postcode-hint = Er enghraifft, DE1 2AB.
postcode-unknown = Dydw i ddim yn gwybod y cod post
house-heading = Beth yw rhif neu enw'r tŷ?
house-hint = Er enghraifft, 14 neu Rose Cottage. Ar gyfer fflat, rhowch rif y fflat hefyd.
landmark-heading = Ble mae e?
landmark-hint = Disgrifiwch y lle fel bod rhywun yn gallu dod o hyd iddo. Er enghraifft, tu allan i 12 High Street, neu wrth gatiau Victoria Park.
contact-heading = Sut dylen ni gysylltu â chi am hyn?
contact-hint = Dim ond ar gyfer y cais hwn rydyn ni'n defnyddio eich manylion.
contact-phone = Dros y ffôn
contact-email = Drwy e-bost
contact-none = Peidiwch â chysylltu â mi
phone-heading = Beth yw eich rhif ffôn?
phone-hint = Rhif llinell dir neu ffôn symudol yn y DU, fel 01632 960 001 neu 07700 900 982.
email-heading = Beth yw eich cyfeiriad e-bost?
email-hint = Er enghraifft, enw@example.com.
name-heading = Beth yw eich enw?

## Date picker
date-today = Heddiw
date-yesterday = Ddoe
skip-question = Hepgor y cwestiwn hwn
date-unknown = Dydw i ddim yn gwybod y dyddiad
date-none-chosen = Does dim dyddiad wedi'i ddewis eto.
date-another = Dyddiad cynharach
date-day-before = Y diwrnod cynt
date-day-after = Y diwrnod wedyn
date-month-before = Y mis cynt
date-month-after = Y mis wedyn
date-year-before = Y flwyddyn gynt
date-year-after = Y flwyddyn wedyn
date-long = { $weekday } { $day } { $month } { $year }
weekday-1 = Dydd Llun
weekday-2 = Dydd Mawrth
weekday-3 = Dydd Mercher
weekday-4 = Dydd Iau
weekday-5 = Dydd Gwener
weekday-6 = Dydd Sadwrn
weekday-7 = Dydd Sul
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## On-screen keyboard
keyboard-hide = Cuddio'r bysellfwrdd
keyboard-show = Dangos y bysellfwrdd
key-space = Bwlch
key-delete = Dileu
key-clear = Clirio
key-capitals = Priflythrennau
key-lower-case = Llythrennau bach
key-more-letters = Rhagor o lythrennau

## Errors: say what to do
error-enter-text = Teipiwch eich ateb yn y blwch
error-enter-number = Rhowch rif, fel 2
error-whole-number = Rhowch rif cyfan, fel 2
error-number-range = Rhowch rif o { $min } i { $max }
error-choose-one = Dewiswch un o'r atebion
error-choose-at-least-one = Dewiswch o leiaf un o'r atebion
error-date-not-future = Rhaid i'r dyddiad fod heddiw neu yn y gorffennol
error-date-not-past = Rhaid i'r dyddiad fod heddiw neu yn y dyfodol
error-too-long = Rhaid i'ch ateb fod yn { $max } nod neu lai. Mae'n { $typed } nod nawr.
error-enter-postcode = Rhowch y cod post, neu dewiswch "Dydw i ddim yn gwybod y cod post"
error-postcode-format = Rhowch god post llawn yn y DU, fel DE1 2AB
error-enter-house = Rhowch rif neu enw'r tŷ
error-enter-landmark = Disgrifiwch ble mae e
error-choose-contact = Dewiswch sut dylen ni gysylltu â chi
error-enter-phone = Rhowch eich rhif ffôn
error-phone-format = Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982
error-enter-email = Rhowch eich cyfeiriad e-bost
error-email-format = Rhowch gyfeiriad e-bost gydag @ ynddo, fel enw@example.com
consent-text-reference = Anfonwch fy nghyfeirnod ataf mewn neges destun
consent-email-reference = Anfonwch fy nghyfeirnod ataf mewn e-bost
consent-remind = Atgoffwch fi mewn neges destun y diwrnod cynt
consent-updates = Rhowch wybod i mi pan fydd y cyngor yn diweddaru fy nghais
notices-heading = Hoffech chi i ni anfon rhywbeth atoch chi?
notices-hint = Ticiwch beth rydych chi ei eisiau. Gallwch chi dicio dim. Dim ond beth rydych chi'n ei dicio y byddwn ni'n ei anfon.
row-notices = Byddwn ni'n anfon atoch chi
notices-none = Dim byd
error-not-a-mobile = Dim ond i rif ffôn symudol y gallwn ni anfon negeseuon testun. Newidiwch eich rhif, neu dad-diciwch y neges destun.
receipt-notices = Gofynnoch i ni anfon atoch chi
appt-texts-heading = Hoffech chi gael neges destun am yr apwyntiad hwn?
appt-text-details = Anfonwch fanylion yr apwyntiad ataf mewn neges destun
appt-texts-mobile-hint = Rhif ffôn symudol yn y DU, fel 07700 900 982. Dim ond ar gyfer y negeseuon hyn y byddwn ni'n ei ddefnyddio.
error-enter-mobile = Rhowch rif eich ffôn symudol
error-mobile-format = Rhowch rif ffôn symudol yn y DU, fel 07700 900 982
error-enter-name = Rhowch eich enw

## Check your answers
check-heading = Gwiriwch eich atebion
check-send-heading = Nawr anfonwch eich cais
check-send-body = Pan fyddwch chi'n anfon hwn, bydd yn cael ei gadw ar y derfynell hon ac yna'n cael ei anfon at y cyngor.
send = Anfon
change = Newid
not-given = Heb ei roi
row-postcode = Cod post
row-house = Rhif neu enw'r tŷ
row-landmark = Ble mae e
row-contact-method = Sut i gysylltu â chi
row-phone = Rhif ffôn
row-email = Cyfeiriad e-bost
row-name = Enw

## Saving and confirmation
saving-heading = Yn cadw eich cais
saving-body = Mae hyn yn cymryd eiliad.
save-failed-heading = Doedd dim modd cadw eich cais
save-failed-body = Aeth rhywbeth o'i le ar y derfynell hon. Does dim wedi'i anfon. Mae eich atebion yma o hyd: rhowch gynnig arall arni, neu gofynnwch i aelod o staff am help.
try-again = Rhoi cynnig arall arni
confirmation-heading = Cais wedi'i gadw
your-reference = Eich cyfeirnod yw
reference-keep = Ysgrifennwch eich cyfeirnod neu tynnwch lun ohono. Mae ei angen arnoch i weld y cynnydd.
what-next = Beth sy'n digwydd nesaf
saved-here = Mae eich cais wedi'i gadw ar y derfynell hon. Bydd yn cael ei anfon at y cyngor pan fydd y derfynell wedi'i chysylltu.
saved-will-send = Mae eich cais wedi'i gadw ar y derfynell hon a bydd yn cael ei anfon at y cyngor ar unwaith, neu cyn gynted ag y bydd y cysylltiad yn ôl.
rating-question = Sut brofiad oedd defnyddio'r derfynell hon heddiw?
rating-thanks = Diolch am eich adborth.
rating-very-good = Da iawn
rating-good = Da
rating-neither = Ddim yn dda nac yn wael
rating-poor = Gwael
rating-very-poor = Gwael iawn

## Receipts and the printer
receipt-date-time = { $date } am { $time }
receipt-saved = Wedi'i gadw ar { $when }
receipt-reference = Eich cyfeirnod
receipt-scan = Sganiwch y cod hwn gyda chamera ffôn i weld cynnydd eich cais.
receipt-scan-terminal = I weld y cynnydd, dewiswch "Gweld sut mae cais yn dod yn ei flaen" ar un o derfynellau'r cyngor a daliwch y cod hwn o dan y sganiwr.
receipt-contact = Cysylltu â'r cyngor
receipt-keep = Cadwch y dderbynneb hon. Does dim manylion personol arni.
receipt-appointment = Eich apwyntiad
receipt-appointment-place = Ble: { $place }
receipt-appointment-bring = Dewch â: { $items }
receipt-appointment-provisional = Dydy'r apwyntiad hwn ddim wedi'i gadarnhau eto, achos doedd y derfynell ddim wedi'i chysylltu. Bydd staff yn ei gadarnhau. Dewch â'r slip hwn gyda chi.
receipt-test = Prawf argraffydd
receipt-test-paper = Papur { $dots } dot o led.
receipt-test-pound = Arwydd y bunt: £5.00
receipt-test-qr = Dylai camera ffôn ddarllen y cod hwn fel ACDE34679E.
printer-printing = Yn argraffu eich derbynneb…
printer-printed = Mae eich derbynneb wedi'i hargraffu. Cymerwch hi o'r argraffydd.
printer-out-of-paper = Does dim papur yn yr argraffydd. Mae eich cais wedi'i gadw. Dyma eich cyfeirnod ar y sgrin — gallwch dynnu llun o'r cod QR hwn.
printer-cover-open = Mae clawr yr argraffydd ar agor, felly all e ddim argraffu. Mae eich cais wedi'i gadw. Dyma eich cyfeirnod ar y sgrin — gallwch dynnu llun o'r cod QR hwn.
printer-not-working = Dydy'r argraffydd ddim yn gweithio ar hyn o bryd. Mae eich cais wedi'i gadw. Dyma eich cyfeirnod ar y sgrin — gallwch dynnu llun o'r cod QR hwn.
printer-stopped = Stopiodd yr argraffydd cyn gorffen eich derbynneb. Mae eich cais wedi'i gadw. Dyma eich cyfeirnod ar y sgrin — gallwch dynnu llun o'r cod QR hwn.
printer-none = Dydy'r derfynell hon ddim yn argraffu derbynebau. Mae eich cais wedi'i gadw. Dyma eich cyfeirnod ar y sgrin — gallwch dynnu llun o'r cod QR hwn.
print-again = Argraffu eto
receipt-photograph = Mae eich cyfeirnod yn y cod hwn. Gallwch dynnu llun ohono.
print-receipt = Argraffu derbynneb

## Staff
staff-heading = Mewngofnodi staff
staff-pin-hint = Teipiwch eich PIN.
staff-number-hint = Teipiwch eich rhif staff.
staff-number-shown = Rhif staff: { $number }
staff-next = Nesaf
staff-change-number = Newid y rhif staff
staff-wrong = Dydy'r rhif staff a'r PIN ddim yn cyfateb.
staff-wrong-left = Dydy'r PIN ddim yn iawn ar gyfer y rhif staff hwn. Cynigion ar ôl cyn iddo gael ei gloi: { $left }.
staff-account-locked = Mae'r rhif staff hwn wedi'i gloi tan { $time }. Gall gweinyddwr ei ddatgloi yn gynt.
staff-sign-in = Mewngofnodi
staff-cancel = Canslo
staff-checking = Yn gwirio…
staff-signed-in = Wedi mewngofnodi: { $name }
staff-assist = Dechrau sesiwn gyda chymorth
staff-assisting = Sesiwn gyda chymorth gan { $name }
staff-sign-out = Allgofnodi
staff-unavailable = Dydy mewngofnodi staff ddim yn gweithio ar y derfynell hon.

## The hub view (staff)
hub-open = Golwg yr hwb
hub-heading = Y derfynell hon
hub-today = Heddiw
hub-week = Yr wythnos hon
hub-month = Y mis hwn
hub-outbox = Ceisiadau ar y derfynell hon
hub-waiting = Yn aros i'w hanfon: { $count }
hub-sent = Wedi'u hanfon: { $count }
hub-attention = Wedi'u gwrthod gan system y cyngor: { $count }
hub-retry = Anfon eto
hub-printer = Argraffydd
hub-printer-ok = Yn gweithio
hub-journeys = Teithiau
hub-started = Wedi dechrau
hub-completed = Wedi gorffen
hub-abandoned = Wedi'u gadael hanner ffordd
hub-abandoned-at = Y man gadael amlaf: { $step }
hub-assisted = Gyda help hyrwyddwr digidol: { $percent }%
hub-help = Ceisiadau am help: { $count }
hub-languages = Ieithoedd
hub-satisfaction-heading = Bodlonrwydd
hub-satisfaction = Roedd { $percent }% o'r sgoriau yn dda neu'n dda iawn
hub-target-met = Targed { $target }%: wedi'i gyrraedd
hub-target-missed = Targed { $target }%: heb ei gyrraedd
hub-no-ratings = Dim sgoriau eto
hub-export = Cadw fel CSV
hub-exported = Wedi'i gadw yn { $path }
hub-export-failed = Methu cadw: { $reason }

## Appointments: check-in and the hub
progress-checked-in = Rydych chi wedi cofrestru ar gyfer eich apwyntiad { $type } am { $time }. Eisteddwch yn y man aros: bydd cynghorydd yn eich galw.
progress-already-in = Rydych chi eisoes wedi cofrestru ar gyfer eich apwyntiad { $type } am { $time }. Bydd cynghorydd yn eich galw.
progress-other-day = Mae eich apwyntiad { $type } ar { $date } am { $time }, nid heddiw. Dewch nôl bryd hynny, neu gofynnwch i aelod o staff.
progress-provisional = Dydy eich apwyntiad { $type } ar { $date } am { $time } ddim wedi'i gadarnhau eto. Dywedwch wrth aelod o staff eich bod chi yma.
progress-conflict = Mae problem gyda'ch apwyntiad { $type }. Dywedwch wrth aelod o staff eich bod chi yma.
hub-appointments = Apwyntiadau heddiw
hub-no-appointments = Dim apwyntiadau heddiw
hub-arrived = Wedi cyrraedd
hub-not-arrived = Heb gyrraedd eto
hub-provisional = Heb ei gadarnhau eto
hub-conflict = Angen staff: cymerwyd yr amser

## Booking appointments
appt-kind-heading = Gyda beth mae angen help arnoch chi?
appt-length = tua { $minutes } mun
appt-loading = Yn chwilio am amserau rhydd…
appt-day-heading = Pa ddiwrnod sy'n gyfleus i chi?
appt-day-hint = Dim ond diwrnodau ag amser rhydd sy'n cael eu dangos.
appt-time-heading = Pa amser sy'n gyfleus i chi?
appt-day-full = Does dim amserau rhydd ar ôl ar y diwrnod hwn. Ewch yn ôl a dewis diwrnod arall.
appt-none = Does dim amserau rhydd yn y 4 wythnos nesaf. Gofynnwch i aelod o staff: gallan nhw eich helpu mewn ffordd arall.
appt-offline = Does dim modd cyrraedd dyddiadur yr hyb ar hyn o bryd. Gallwch chi drefnu o hyd: bydd yr amser yn cael ei gadw ar y derfynell hon a bydd staff yn ei gadarnhau.
appt-lost = Mae rhywun newydd drefnu { $time }. Yr amser rhydd nesaf yw { $next }.
appt-lost-none = Mae rhywun newydd drefnu'r amser hwnnw, a does dim rhagor o amserau rhydd yn y 4 wythnos nesaf.
appt-take-next = Trefnu { $next }
appt-check-heading = Gwirio eich apwyntiad
appt-what = Ynglŷn â
appt-when = Pryd
appt-where = Ble
appt-bring = Beth i ddod gyda chi
appt-book = Trefnu'r apwyntiad hwn
appt-move = Symud i'r amser hwn
appt-other-time = Dewis amser arall
appt-booking = Yn trefnu eich apwyntiad…
appt-failed = Doedd dim modd trefnu eich apwyntiad. Gofynnwch i aelod o staff.
appt-move-failed = Chafodd yr apwyntiad mo'i symud: { $reason }
appt-move-heading = Symud apwyntiad
appt-booked-heading = Mae eich apwyntiad wedi'i drefnu
appt-provisional-heading = Mae eich apwyntiad yn cael ei gadw
appt-moved-heading = Mae'r apwyntiad wedi'i symud
appt-provisional = Doedd dim modd i'r derfynell hon gyrraedd dyddiadur yr hyb, felly mae'r amser yn cael ei gadw yma nes bydd staff yn ei gadarnhau. Dewch â'ch slip gyda chi.
slip-next-steps = Pan fyddwch chi'n cyrraedd, daliwch god QR y slip hwn o dan sganiwr y ciosg, neu dangoswch ef i aelod o staff.
hub-book = Trefnu apwyntiad i breswylydd
hub-upcoming = Apwyntiadau i ddod
hub-move = Symud
hub-cancel = Canslo
hub-cancel-confirm = Canslo'r apwyntiad { $type } am { $time } ar { $date }?
hub-cancel-yes = Ydw, canslwch ef
hub-cancel-no = Na, cadwch ef
hub-cancelled = Mae'r apwyntiad wedi'i ganslo ac mae'r amser yn rhydd eto.
hub-cancel-failed = Chafodd yr apwyntiad mo'i ganslo: { $reason }
hub-network = Cysylltiad â'r cyngor
hub-network-none = Does dim system y cyngor wedi'i gosod: mae ceisiadau'n aros ar y derfynell hon.
hub-network-waiting = Heb roi cynnig arni eto.
hub-network-ok = Atebodd system y cyngor am { $time }.
hub-network-down = Wnaeth system y cyngor ddim ateb am { $time }. Mae ceisiadau'n aros yma ac yn mynd pan fydd yn ateb.
out-of-order = Dydy'r derfynell hon ddim yn gweithio ar hyn o bryd. Gofynnwch i aelod o staff am help.
hub-exported-stick = Wedi'i gadw ar y cof bach USB: { $path }

# Payments
pay-error-reference-missing = Rhowch y cyfeirnod o'ch bil neu'ch llythyr.
pay-error-reference-pattern = Dydy hwn ddim yn edrych fel y cyfeirnod ar eich bil. Gwiriwch e a rhowch gynnig arall arni.
pay-error-reference-check = Mae camgymeriad teipio yn y cyfeirnod hwn. Gwiriwch bob rhif yn erbyn eich bil.
pay-error-amount-low = Rhowch o leiaf { $min }.
pay-error-amount-high = Rhowch ddim mwy na { $max }.
pay-error-amount-unreadable = Rhowch y swm mewn punnoedd a cheiniogau, fel 12.50.
pay-error-quantity = Dewiswch o 1 i { $max }.
pay-progress-scan = Sganiwch y cod gyda chamera eich ffôn i dalu. Bydd y cod yn diflannu ar ôl i chi agor y dudalen dalu.
pay-progress-opened = Gorffennwch dalu ar eich ffôn. Bydd y sgrin hon yn newid pan fydd y taliad wedi'i wneud.
pay-progress-reader = Dilynwch y cyfarwyddiadau ar y darllenydd cardiau.
pay-progress-paid = Wedi talu
pay-progress-declined = Cafodd y taliad ei wrthod. Chafodd dim arian ei gymryd.
pay-progress-cancelled = Cafodd y taliad ei ganslo. Chafodd dim arian ei gymryd.
pay-progress-failed = Aeth y taliad ddim drwodd. Chafodd dim arian ei gymryd.
pay-progress-checking = Rydyn ni'n gwirio gyda'r gwasanaeth talu. Peidiwch â thalu eto.
pay-pin-needed = Bydd angen eich PIN arnoch ar gyfer y swm hwn.
pay-cash-only = Dydy taliadau cerdyn a ffôn ddim yn gweithio ar hyn o bryd. Gallwch dalu ag arian parod mewn Swyddfa'r Post neu PayPoint.
pay-none-now = Does dim modd talu am hyn yma ar hyn o bryd. Gofynnwch i aelod o staff.
pay-receipt-title = Derbynneb talu
pay-receipt-paid-on = Talwyd ar { $when }
pay-receipt-quantity = Nifer: { $quantity }
pay-receipt-council-reference = Cyfeirnod: { $reference }
pay-receipt-fund = Cronfa: { $fund }
pay-receipt-amount = Swm a dalwyd
pay-receipt-vat = Yn cynnwys TAW ar { $rate }%: { $vat }
pay-receipt-vat-number = Rhif TAW: { $number }
pay-receipt-card = Cerdyn: { $brand } yn gorffen â { $last4 }
pay-receipt-application = Rhaglen: { $aid } { $name }
pay-receipt-authorisation = Cod awdurdodi: { $code }
pay-receipt-verified-pin = Wedi'i wirio â PIN
pay-receipt-verified-signature = Wedi'i wirio â llofnod
pay-receipt-verified-device = Wedi'i wirio ar ddyfais deiliad y cerdyn
pay-receipt-verified-none = Dim gwirio deiliad y cerdyn (digyswllt)
pay-receipt-verified-other = Gwirio deiliad y cerdyn fel y cofnododd y darllenydd cardiau
pay-receipt-phone = Talwyd ar-lein gyda GOV.UK Pay
pay-receipt-transaction = Trafodiad: { $id }
pay-receipt-payment-id = Rhif y taliad: { $id }
pay-receipt-keep = Cadwch y dderbynneb hon fel prawf o daliad.
pay-cash-title = Sut i dalu ag arian parod
pay-cash-amount = Swm i'w dalu: { $amount }
pay-cash-reference = Eich cyfeirnod
pay-cash-where-heading = Ble i dalu
pay-cash-where = Wrth unrhyw gownter Swyddfa'r Post, neu mewn unrhyw siop ag arwydd PayPoint.
pay-cash-how-heading = Sut i dalu
pay-cash-how = Ewch â'ch bil neu gerdyn talu'r cyngor gyda chi: mae'r cownter yn sganio'r cod bar arno. Does dim cod bar ar y slip hwn. Os nad yw'ch bil gennych, cysylltwch â'r cyngor yn gyntaf.
pay-cash-not-paid = Dydy'r slip hwn ddim yn dderbynneb. Does dim wedi'i dalu eto.
pay-cash-slip-printed = Mae eich slip talu wedi'i argraffu. Cymerwch ef o'r argraffydd.
pay-cash-keep = Cadwch y slip hwn nes eich bod wedi talu.

## Paying at the kiosk: the pages
pay-open = Talu'r cyngor
pay-what-heading = Am beth ydych chi eisiau talu?
pay-price-each = { $price } yr un, hyd at { $max } ar y tro
pay-price-range = Unrhyw swm o { $min } i { $max }
pay-reference-heading = Y cyfeirnod ar eich bil neu lythyr
pay-reference-hint = Teipiwch ef fel y mae wedi'i argraffu. Does dim ots am fylchau a llinellau toriad.
pay-quantity-heading = Faint ydych chi eu heisiau?
pay-quantity-choice = { $quantity }: { $total }
pay-amount-heading = Faint ydych chi eisiau ei dalu?
pay-amount-hint = Teipiwch swm o { $min } i { $max } mewn punnoedd a cheiniogau, fel 12.50.
pay-amount-to-pay = Swm i'w dalu: { $amount }
pay-check-heading = Gwiriwch eich taliad
pay-row-item = Am beth rydych chi'n talu
pay-row-reference = Cyfeirnod
pay-row-quantity = Faint
pay-row-amount = Swm
pay-row-payment-number = Rhif y taliad
pay-total = Cyfanswm i'w dalu: { $amount }
pay-total-vat = Mae hyn yn cynnwys TAW o { $vat }.
pay-choose-how = Dewis sut i dalu
pay-how-heading = Sut ydych chi eisiau talu?
pay-how-checking = Yn gwirio pa ffyrdd o dalu sy'n gweithio nawr…
pay-method-phone = Talu ar eich ffôn
pay-method-phone-hint = Sganiwch god gyda chamera eich ffôn a thalu ar dudalen GOV.UK ddiogel.
pay-method-card = Talu â cherdyn yma
pay-method-card-hint = Defnyddiwch y darllenydd cardiau wrth ymyl y sgrin hon.
pay-method-cash = Talu ag arian parod mewn Swyddfa'r Post neu PayPoint
pay-method-cash-hint = Rydyn ni'n argraffu slip sy'n dweud ble a sut i dalu. Rydych chi'n talu wedyn.
pay-declined-twice = Cafodd eich cerdyn ei wrthod ddwywaith. Ni chymerwyd unrhyw arian. Dewiswch ffordd arall o dalu, neu gofynnwch i aelod o staff.
pay-starting = Yn paratoi eich taliad…
pay-start-failed = Nid yw'r ffordd honno o dalu'n gweithio ar hyn o bryd. Ni chymerwyd unrhyw arian. Dewiswch ffordd arall.
pay-phone-heading = Talu ar eich ffôn
pay-card-heading = Talu â cherdyn
pay-stop = Stopio'r taliad hwn
pay-stopping = Yn stopio'r taliad…
pay-not-paid-heading = Heb dalu
pay-other-way = Dewis ffordd arall o dalu
pay-cash-heading = Talu ag arian parod

## Hub view: today's payments
hub-payments = Taliadau heddiw
hub-payments-none = Dim taliadau heddiw.
hub-payments-failed = Nid oedd modd darllen taliadau heddiw: { $reason }
hub-pay-count-unknown = Anhysbys, yn cael eu gwirio gyda'r gwasanaeth talu: { $count }
hub-pay-count-under-way = Yn cael eu talu nawr: { $count }
hub-pay-count-not-posted = Wedi talu, heb eu trosglwyddo i'r cyngor eto: { $count }
hub-pay-count-posted = Wedi talu a'u trosglwyddo i'r cyngor: { $count }
hub-pay-count-not-paid = Heb dalu (wedi'u gwrthod, eu canslo neu wedi methu): { $count }
hub-pay-unknown = anhysbys
hub-pay-under-way = yn cael ei dalu
hub-pay-not-posted = wedi talu, heb ei drosglwyddo eto
hub-pay-posted = wedi talu a'i drosglwyddo
hub-pay-not-paid = heb dalu

# Hub view: trends, help answer times, set-up and monitoring
hub-trends = Y 12 wythnos diwethaf
hub-chart-journeys = Teithiau a ddechreuwyd ac a orffennwyd bob wythnos
hub-chart-satisfaction = Bodlonrwydd bob wythnos, o'i gymharu â'r targedau 85% a 95%
hub-chart-help = Ceisiadau am help bob wythnos, a chyfran y teithiau gyda hyrwyddwr digidol
hub-legend-started = Wedi dechrau
hub-legend-finished = Wedi gorffen
hub-legend-satisfied = Bodlon (%)
hub-legend-target = Targedau
hub-legend-help = Ceisiadau am help
hub-legend-assisted = Gyda hyrwyddwr digidol (%)
hub-week-line = Wythnos { $date }: { $started } wedi dechrau, { $finished } wedi gorffen, { $satisfied }, { $help } cais am help, { $assisted }% gyda hyrwyddwr digidol.
hub-week-satisfied = { $percent }% yn fodlon
hub-week-no-ratings = dim sgoriau
hub-help-answered = Galwadau am help yn wythnos { $date }: { $calls } wedi'u gwneud, { $answered } wedi'u hateb. Atebwyd hanner o fewn { $median } munud, 9 o bob 10 o fewn { $p90 } munud.
hub-help-none-answered = Galwadau am help yn wythnos { $date }: { $calls } wedi'u gwneud, dim un wedi'i ateb gan aelod o staff yn mewngofnodi ar y peiriant hwn.
hub-erase-soon = Ceisiadau a wrthodwyd y bydd eu manylion personol yn cael eu dileu o fewn wythnos: { $count }. Anfonwch nhw eto neu deliwch â nhw cyn hynny.
hub-setup = Gosod a monitro
hub-setup-fetched = Fersiwn gosod { $version }, wedi'i nôl gan y cyngor am { $time } ar { $date }.
hub-setup-local = Fersiwn gosod { $version }, o ffeil y peiriant hwn ei hun.
hub-setup-refused = Ni ddefnyddiwyd ffeil { $file } ddiwethaf y cyngor: { $reason }
hub-metrics-on = Mae ffigurau ar gyfer monitro'r cyngor ar gael yn { $address }.
hub-metrics-off = Mae ffigurau ar gyfer monitro'r cyngor wedi'u diffodd.
hub-metrics-failed = Ni allai ffigurau ar gyfer monitro'r cyngor ddechrau: { $reason }
hub-help-calls = Galwadau am help
hub-week-by-week = Wythnos wrth wythnos
## Addresses and streets from the gazetteer
addresses-heading = Dewiswch y cyfeiriad yn { $postcode }
address-not-listed = Nid yw fy nghyfeiriad ar y rhestr
addresses-none = Ni allem ddod o hyd i unrhyw gyfeiriadau yn { $postcode }. Teipiwch rif neu enw'r tŷ yn lle hynny.
street-heading = Ym mha stryd mae e?
street-hint = Teipiwch enw'r stryd, fel Mill Lane, neu'r cod post.
streets-heading = Dewiswch y stryd
streets-none = Ni allem ddod o hyd i stryd o'r enw "{ $typed }". Disgrifiwch ble mae e yn lle hynny.
street-in-town = { $street }, { $town }
near-heading = Pa rif ar { $street } yw'r agosaf ato?
near-hint = Dewiswch y tŷ neu'r adeilad agosaf at y broblem.
describe-instead = Ni allaf ddod o hyd iddo: disgrifio'r lle yn lle hynny
row-address = Cyfeiriad
row-street = Stryd
row-near = Yn agos at
error-choose-address = Dewiswch eich cyfeiriad, neu dewiswch "Nid yw fy nghyfeiriad ar y rhestr"
error-enter-street = Teipiwch enw'r stryd neu'r cod post
error-choose-street = Dewiswch y stryd, neu disgrifiwch y lle yn lle hynny
error-choose-near = Dewiswch y rhif agosaf, neu disgrifiwch y lle yn lle hynny

## Nearby reports
nearby-heading = Ydy hyn wedi cael ei adrodd yn barod?
nearby-hint = Mae'r problemau hyn gerllaw eisoes wedi cael eu hadrodd ac maen nhw'n cael sylw. Ydy'ch un chi yn eu plith?
nearby-none-of-these = Dim un o'r rhain: mae'n broblem newydd
nearby-distance = { $metres } m i ffwrdd
nearby-reported = { $days ->
    [zero] Adroddwyd { $days } diwrnod yn ôl
    [one] Adroddwyd { $days } diwrnod yn ôl
    [two] Adroddwyd { $days } ddiwrnod yn ôl
    [few] Adroddwyd { $days } diwrnod yn ôl
    [many] Adroddwyd { $days } diwrnod yn ôl
   *[other] Adroddwyd { $days } diwrnod yn ôl
}
nearby-reported-today = Adroddwyd heddiw
nearby-out-of-date = Ni allwn gysylltu â system y cyngor ar hyn o bryd, felly efallai nad yw'r rhestr hon yn gyfredol.
already-reported-heading = Mae hyn wedi cael ei adrodd yn barod
already-reported-body = Mae'r cyngor yn gwybod am y broblem hon ac yn delio â hi. Does dim angen i chi ei hadrodd eto.
already-reported-follow = Argraffu ei chyfeirnod er mwyn i mi ddilyn ei hynt
already-reported-add = Anfon fy adroddiad i hefyd
following-heading = Rydych chi'n dilyn yr adroddiad hwn
following-body = Mae'r adroddiad hwn gan y cyngor yn barod. Cadwch y cyfeirnod hwn: teipiwch neu sganiwch ef o dan Gwirio cynnydd cais i weld sut mae'n mynd.
following-receipt = Rydych chi'n dilyn adroddiad sydd gan y cyngor yn barod. Ni anfonwyd dim byd newydd.
follow-failed = Does dim modd dilyn yr adroddiad hwn ar hyn o bryd. Gallwch chi orffen, neu anfon eich adroddiad chi hefyd.
places-looking = Wrthi'n chwilio…
streets-none-buildings = Does dim tai nac adeiladau wedi'u rhestru ar y stryd honno. Disgrifiwch ble mae yn lle hynny.
