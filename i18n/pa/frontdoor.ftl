# Frontdoor: words on screen, Punjabi in Gurmukhi script (plain words).
# NEEDS REVIEW: written by the Frontdoor team, not yet checked by a fluent
# speaker. Have a fluent Punjabi speaker review every line before live use.
# Message ids and variables match the source locale, en-GB.
# Plural categories for Punjabi: one, other.

## The language itself
language-name = ਪੰਜਾਬੀ
language-direction = ltr

## Every screen
language-button = ਭਾਸ਼ਾ
language-close = ਬੰਦ ਕਰੋ
back = ਪਿੱਛੇ
start-again = ਫਿਰ ਤੋਂ ਸ਼ੁਰੂ ਕਰੋ
help-button = ਸਟਾਫ਼ ਤੋਂ ਮਦਦ ਲਓ
help-asked-short = ਸਟਾਫ਼ ਆ ਰਿਹਾ ਹੈ
help-asked-heading = ਸਟਾਫ਼ ਦੇ ਇੱਕ ਮੈਂਬਰ ਨੂੰ ਤੁਹਾਡੇ ਕੋਲ ਆਉਣ ਲਈ ਕਿਹਾ ਗਿਆ ਹੈ
help-asked-body = ਇੱਥੇ ਹੀ ਰਹੋ। ਕੋਈ ਜਲਦੀ ਤੁਹਾਡੇ ਕੋਲ ਆਵੇਗਾ। ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲੇ ਹੋਏ ਹਨ।
help-carry-on = ਮੈਂ ਆਪ ਹੀ ਜਾਰੀ ਰੱਖਾਂਗਾ
help-calling = ਸਟਾਫ਼ ਦੇ ਇੱਕ ਮੈਂਬਰ ਨੂੰ ਬੁਲਾਇਆ ਜਾ ਰਿਹਾ ਹੈ…
help-told-heading = ਸਟਾਫ਼ ਦੇ ਇੱਕ ਮੈਂਬਰ ਨੂੰ ਦੱਸ ਦਿੱਤਾ ਗਿਆ ਹੈ
help-told-body = ਇੱਥੇ ਹੀ ਰਹੋ। ਜਲਦੀ ਹੀ ਕੋਈ ਤੁਹਾਡੇ ਕੋਲ ਆਵੇਗਾ। ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲੇ ਹੋਏ ਹਨ।
help-desk-heading = ਕਿਰਪਾ ਕਰਕੇ ਮਦਦ ਡੈਸਕ 'ਤੇ ਪੁੱਛੋ
help-desk-failed = ਅਸੀਂ ਇਸ ਟਰਮੀਨਲ ਤੋਂ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕੇ। ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲੇ ਹੋਏ ਹਨ।
help-desk-no-one-came = ਹਾਲੇ ਤੱਕ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਸਾਨੂੰ ਅਫ਼ਸੋਸ ਹੈ ਕਿ ਤੁਹਾਨੂੰ ਉਡੀਕ ਕਰਨੀ ਪਈ। ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲੇ ਹੋਏ ਹਨ।
help-desk-default = ਮੁੱਖ ਡੈਸਕ 'ਤੇ ਪੁੱਛੋ, ਸਟਾਫ਼ ਦਾ ਇੱਕ ਮੈਂਬਰ ਤੁਹਾਡੀ ਮਦਦ ਕਰੇਗਾ।
help-call-again = ਦੁਬਾਰਾ ਬੁਲਾਓ
continue = ਅੱਗੇ ਵਧੋ
finish = ਖ਼ਤਮ ਕਰੋ

## Read aloud
speech-start = ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ
speech-stop = ਉੱਚੀ ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ
speech-missing = ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣ ਦੀ ਸਹੂਲਤ ਨਹੀਂ ਹੈ
speech-louder = ਉੱਚੀ ਆਵਾਜ਼
speech-quieter = ਹੌਲੀ ਆਵਾਜ਼
speech-field = ਲਿਖਣ ਵਾਲਾ ਖ਼ਾਨਾ

## Inactivity
idle-heading = ਕੀ ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹੋ?
idle-body = ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਇਹ ਸਕਰੀਨ { $seconds ->
    [one] { $seconds } ਸਕਿੰਟ
   *[other] { $seconds } ਸਕਿੰਟਾਂ
} ਵਿੱਚ ਸਾਫ਼ ਕਰ ਦਿੱਤੀ ਜਾਵੇਗੀ।
idle-seconds = { $seconds ->
    [one] { $seconds } ਸਕਿੰਟ
   *[other] { $seconds } ਸਕਿੰਟ
}
idle-still-here = ਮੈਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹਾਂ

## Welcome
welcome-heading = { $site } ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ
welcome-intro = ਕਿਸੇ ਸਮੱਸਿਆ ਬਾਰੇ ਦੱਸੋ, ਕਿਸੇ ਚੀਜ਼ ਲਈ ਅਰਜ਼ੀ ਦਿਓ, ਜਾਂ ਕੌਂਸਲ ਨੂੰ ਕਿਸੇ ਤਬਦੀਲੀ ਬਾਰੇ ਦੱਸੋ। ਜ਼ਿਆਦਾਤਰ ਕੰਮਾਂ ਵਿੱਚ ਲਗਭਗ 5 ਮਿੰਟ ਲੱਗਦੇ ਹਨ।
choose-language = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
choose-text-size = ਲਿਖਤ ਦਾ ਆਕਾਰ ਚੁਣੋ
size-standard = ਆਮ
size-large = ਵੱਡਾ
size-largest = ਸਭ ਤੋਂ ਵੱਡਾ
choose-colours = ਰੰਗ ਚੁਣੋ
colours-standard = ਚਿੱਟੇ ਉੱਤੇ ਗੂੜ੍ਹੀ ਲਿਖਤ
colours-high-contrast = ਕਾਲੇ ਉੱਤੇ ਹਲਕੀ ਲਿਖਤ
start = ਸ਼ੁਰੂ ਕਰੋ

## Services
services-heading = ਤੁਹਾਨੂੰ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
search-open = ਕੋਈ ਸੇਵਾ ਲੱਭੋ
group-other = ਹੋਰ ਸੇਵਾਵਾਂ
group-count = { $count ->
    [one] { $count } ਸੇਵਾ
   *[other] { $count } ਸੇਵਾਵਾਂ
}
search-heading = ਕੋਈ ਸੇਵਾ ਲੱਭੋ
search-hint = ਕੋਈ ਸ਼ਬਦ ਲਿਖੋ, ਜਿਵੇਂ ਕੂੜੇਦਾਨ, ਬੱਤੀ ਜਾਂ ਟੈਕਸ। ਅੰਗਰੇਜ਼ੀ ਦੇ ਸ਼ਬਦ ਵੀ ਚੱਲਦੇ ਹਨ।
search-none = "{ $query }" ਨਾਲ ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ। ਕੋਈ ਹੋਰ ਸ਼ਬਦ ਅਜ਼ਮਾਓ, ਜਾਂ ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ ਦੇਖਣ ਲਈ ਪਿੱਛੇ ਜਾਓ।
search-count = { $count ->
    [one] { $count } ਸੇਵਾ ਮਿਲੀ
   *[other] { $count } ਸੇਵਾਵਾਂ ਮਿਲੀਆਂ
}

## Check progress
progress-open = ਕਿਸੇ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਦੇਖੋ
progress-heading = ਕਿਸੇ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਦੇਖੋ
progress-hint = ਆਪਣੀ ਰਸੀਦ ਤੋਂ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖੋ, ਜਾਂ ਰਸੀਦ ਦਾ QR ਕੋਡ ਸਕੈਨਰ ਦੇ ਹੇਠਾਂ ਰੱਖੋ। ਹਵਾਲਾ ਨੰਬਰ ਵਿੱਚ 10 ਅੱਖਰ ਅਤੇ ਅੰਕ ਹੁੰਦੇ ਹਨ, ਜਿਵੇਂ ACDE 346 79E।
progress-check = ਸਥਿਤੀ ਦੇਖੋ
progress-looking = ਤੁਹਾਡੀ ਬੇਨਤੀ ਲੱਭੀ ਜਾ ਰਹੀ ਹੈ।
progress-reference = ਹਵਾਲਾ ਨੰਬਰ { $reference }
progress-waiting = ਤੁਹਾਡੀ ਬੇਨਤੀ ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਸੰਭਾਲੀ ਹੋਈ ਹੈ ਅਤੇ ਕੌਂਸਲ ਨੂੰ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ। ਇਹ { $date } ਨੂੰ { $time } ਵਜੇ ਸੰਭਾਲੀ ਗਈ ਸੀ। ਕਨੈਕਸ਼ਨ ਵਾਪਸ ਆਉਣ ਉੱਤੇ ਇਹ ਭੇਜ ਦਿੱਤੀ ਜਾਵੇਗੀ।
progress-parked = ਤੁਹਾਡੀ ਬੇਨਤੀ ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਸੰਭਾਲੀ ਹੋਈ ਹੈ, ਪਰ ਕੌਂਸਲ ਦੇ ਸਿਸਟਮ ਨੇ ਇਸ ਨੂੰ ਸਵੀਕਾਰ ਨਹੀਂ ਕੀਤਾ। ਸਟਾਫ਼ ਦਾ ਇੱਕ ਮੈਂਬਰ ਇਸ ਨੂੰ ਠੀਕ ਕਰੇਗਾ। ਹੋਰ ਜਾਣਨਾ ਹੋਵੇ ਤਾਂ ਡੈਸਕ ਉੱਤੇ ਪੁੱਛੋ।
progress-sent-untracked = ਤੁਹਾਡੀ ਬੇਨਤੀ ਕੌਂਸਲ ਨੂੰ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ। ਕੌਂਸਲ ਦਾ ਸਿਸਟਮ ਇਸ ਕਿਸਮ ਦੀ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਨਹੀਂ ਦੱਸਦਾ।
progress-open-status = ਕੌਂਸਲ ਤੁਹਾਡੀ ਬੇਨਤੀ ਉੱਤੇ ਕੰਮ ਕਰ ਰਹੀ ਹੈ।
progress-closed-status = ਕੌਂਸਲ ਨੇ ਤੁਹਾਡੀ ਬੇਨਤੀ ਉੱਤੇ ਕੰਮ ਪੂਰਾ ਕਰ ਲਿਆ ਹੈ।
progress-notes = ਤਾਜ਼ਾ ਖ਼ਬਰ: { $notes }
progress-agency = ਕੰਮ ਕਰ ਰਹੇ ਹਨ: { $agency }
progress-offline = ਤੁਹਾਡੀ ਬੇਨਤੀ ਕੌਂਸਲ ਨੂੰ ਭੇਜ ਦਿੱਤੀ ਗਈ ਸੀ, ਪਰ ਇਸ ਵੇਲੇ ਅਸੀਂ ਸਥਿਤੀ ਦੇਖਣ ਲਈ ਕੌਂਸਲ ਦੇ ਸਿਸਟਮ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਦੇ। ਬਾਅਦ ਵਿੱਚ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
progress-not-here = ਇਹ ਹਵਾਲਾ ਨੰਬਰ ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਨਹੀਂ ਬਣਿਆ, ਇਸ ਲਈ ਇਸ ਦੀ ਸਥਿਤੀ ਇੱਥੇ ਨਹੀਂ ਦੇਖੀ ਜਾ ਸਕਦੀ। ਸਟਾਫ਼ ਤੋਂ ਪੁੱਛੋ, ਜਾਂ ਕੌਂਸਲ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
progress-word-waiting = ਇੱਥੇ ਸੰਭਾਲੀ ਗਈ, ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ
progress-word-staff = ਸਟਾਫ਼ ਦੀ ਉਡੀਕ ਵਿੱਚ
progress-word-received = ਕੌਂਸਲ ਨੂੰ ਭੇਜੀ ਗਈ
progress-word-open = ਕੰਮ ਚੱਲ ਰਿਹਾ ਹੈ
progress-word-closed = ਪੂਰੀ ਹੋ ਗਈ
progress-word-booked = ਬੁੱਕ ਹੈ
progress-word-cancelled = ਰੱਦ ਹੋ ਗਈ
progress-glimpse = { $service }: { $status }।
progress-glimpse-more = ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ, ਜਾਂ ਰਸੀਦ ਦੁਬਾਰਾ ਛਾਪਣ ਲਈ, ਆਪਣੀ ਰਸੀਦ ਦਾ QR ਕੋਡ ਸਕੈਨਰ ਹੇਠਾਂ ਰੱਖੋ, ਜਾਂ ਸਟਾਫ਼ ਤੋਂ ਪੁੱਛੋ।
progress-glimpse-slip = ਹਾਜ਼ਰੀ ਲਗਾਉਣ ਲਈ, ਆਪਣੀ ਪਰਚੀ ਦਾ QR ਕੋਡ ਸਕੈਨਰ ਹੇਠਾਂ ਰੱਖੋ, ਜਾਂ ਸਟਾਫ਼ ਤੋਂ ਪੁੱਛੋ।
progress-too-many = ਪਿਛਲੇ ਕੁਝ ਮਿੰਟਾਂ ਵਿੱਚ ਇੱਥੇ ਬਹੁਤ ਸਾਰੇ ਹਵਾਲਾ ਨੰਬਰ ਨਹੀਂ ਮਿਲੇ। { $minutes } ਮਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਸਟਾਫ਼ ਤੋਂ ਪੁੱਛੋ।
error-reference-empty = ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖੋ। ਇਹ ਤੁਹਾਡੀ ਰਸੀਦ ਉੱਤੇ ਛਪਿਆ ਹੋਇਆ ਹੈ।
error-reference-length = ਹਵਾਲਾ ਨੰਬਰ ਵਿੱਚ 10 ਅੱਖਰ ਅਤੇ ਅੰਕ ਹੁੰਦੇ ਹਨ। ਤੁਸੀਂ { $count } ਲਿਖੇ।
error-reference-character = ਹਵਾਲਾ ਨੰਬਰ ਵਿੱਚ "{ $character }" ਨਹੀਂ ਹੁੰਦਾ। ਇਸ ਨੂੰ ਆਪਣੀ ਰਸੀਦ ਨਾਲ ਮਿਲਾਓ।
error-reference-check = ਇਹ ਹਵਾਲਾ ਨੰਬਰ ਸਹੀ ਨਹੀਂ ਹੈ। ਹਰ ਅੱਖਰ ਅਤੇ ਅੰਕ ਆਪਣੀ ਰਸੀਦ ਨਾਲ ਮਿਲਾਓ।

## Signposts
signpost-phone = ਫ਼ੋਨ
signpost-web = ਵੈੱਬਸਾਈਟ
signpost-visit = ਪਤਾ
signpost-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
signpost-photo = ਇਹ ਵੇਰਵੇ ਰੱਖਣ ਲਈ ਤੁਸੀਂ ਇਸ ਸਕਰੀਨ ਦੀ ਫ਼ੋਟੋ ਲੈ ਸਕਦੇ ਹੋ।

## Journey pages
step-of = { $total } ਵਿੱਚੋਂ ਸਵਾਲ { $step }
info-heading = ਅੱਗੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ
optional-question = { $question } (ਲੋੜ ਨਹੀਂ)
error-summary = ਇੱਕ ਸਮੱਸਿਆ ਹੈ
postcode-heading = ਪੋਸਟਕੋਡ ਕੀ ਹੈ?
postcode-hint = ਜਿਵੇਂ, DE1 2AB।
postcode-unknown = ਮੈਨੂੰ ਪੋਸਟਕੋਡ ਨਹੀਂ ਪਤਾ
house-heading = ਘਰ ਦਾ ਨੰਬਰ ਜਾਂ ਨਾਮ ਕੀ ਹੈ?
house-hint = ਜਿਵੇਂ, 14 ਜਾਂ Rose Cottage। ਫ਼ਲੈਟ ਹੋਵੇ ਤਾਂ ਫ਼ਲੈਟ ਦਾ ਨੰਬਰ ਵੀ ਲਿਖੋ।
landmark-heading = ਇਹ ਕਿੱਥੇ ਹੈ?
landmark-hint = ਜਗ੍ਹਾ ਬਾਰੇ ਦੱਸੋ ਤਾਂ ਜੋ ਕੋਈ ਇਸ ਨੂੰ ਲੱਭ ਸਕੇ। ਜਿਵੇਂ, 12 High Street ਦੇ ਸਾਹਮਣੇ, ਜਾਂ Victoria Park ਦੇ ਗੇਟ ਕੋਲ।
contact-heading = ਇਸ ਬਾਰੇ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰੀਏ?
contact-hint = ਅਸੀਂ ਤੁਹਾਡੇ ਵੇਰਵੇ ਸਿਰਫ਼ ਇਸ ਬੇਨਤੀ ਲਈ ਵਰਤਦੇ ਹਾਂ।
contact-phone = ਫ਼ੋਨ ਰਾਹੀਂ
contact-email = ਈਮੇਲ ਰਾਹੀਂ
contact-none = ਮੇਰੇ ਨਾਲ ਸੰਪਰਕ ਨਾ ਕਰੋ
phone-heading = ਤੁਹਾਡਾ ਫ਼ੋਨ ਨੰਬਰ ਕੀ ਹੈ?
phone-hint = ਯੂਕੇ ਦਾ ਲੈਂਡਲਾਈਨ ਜਾਂ ਮੋਬਾਈਲ ਨੰਬਰ, ਜਿਵੇਂ 01632 960 001 ਜਾਂ 07700 900 982।
email-heading = ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ ਕੀ ਹੈ?
email-hint = ਜਿਵੇਂ, name@example.com।
name-heading = ਤੁਹਾਡਾ ਨਾਮ ਕੀ ਹੈ?

## Date picker
date-today = ਅੱਜ
date-yesterday = ਬੀਤਿਆ ਕੱਲ੍ਹ
skip-question = ਇਹ ਸਵਾਲ ਛੱਡੋ
date-unknown = ਮੈਨੂੰ ਤਾਰੀਖ਼ ਨਹੀਂ ਪਤਾ
date-none-chosen = ਅਜੇ ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ ਚੁਣੀ ਗਈ।
date-another = ਇਸ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਤਾਰੀਖ਼
date-day-before = ਇੱਕ ਦਿਨ ਪਹਿਲਾਂ
date-day-after = ਇੱਕ ਦਿਨ ਬਾਅਦ
date-month-before = ਇੱਕ ਮਹੀਨਾ ਪਹਿਲਾਂ
date-month-after = ਇੱਕ ਮਹੀਨਾ ਬਾਅਦ
date-year-before = ਇੱਕ ਸਾਲ ਪਹਿਲਾਂ
date-year-after = ਇੱਕ ਸਾਲ ਬਾਅਦ
date-long = { $weekday }, { $day } { $month } { $year }
weekday-1 = ਸੋਮਵਾਰ
weekday-2 = ਮੰਗਲਵਾਰ
weekday-3 = ਬੁੱਧਵਾਰ
weekday-4 = ਵੀਰਵਾਰ
weekday-5 = ਸ਼ੁੱਕਰਵਾਰ
weekday-6 = ਸ਼ਨਿੱਚਰਵਾਰ
weekday-7 = ਐਤਵਾਰ
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ

## On-screen keyboard
keyboard-hide = ਕੀਬੋਰਡ ਲੁਕਾਓ
keyboard-show = ਕੀਬੋਰਡ ਦਿਖਾਓ
key-space = ਖਾਲੀ ਥਾਂ
key-delete = ਮਿਟਾਓ
key-clear = ਸਭ ਮਿਟਾਓ
key-capitals = ਵੱਡੇ ਅੱਖਰ
key-lower-case = ਛੋਟੇ ਅੱਖਰ
key-more-letters = ਹੋਰ ਅੱਖਰ

## Errors: say what to do
error-enter-text = ਖ਼ਾਨੇ ਵਿੱਚ ਆਪਣਾ ਜਵਾਬ ਲਿਖੋ
error-enter-number = ਕੋਈ ਅੰਕ ਲਿਖੋ, ਜਿਵੇਂ 2
error-whole-number = ਪੂਰਾ ਅੰਕ ਲਿਖੋ, ਜਿਵੇਂ 2
error-number-range = { $min } ਤੋਂ { $max } ਤੱਕ ਕੋਈ ਅੰਕ ਲਿਖੋ
error-choose-one = ਜਵਾਬਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ
error-choose-at-least-one = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਜਵਾਬ ਚੁਣੋ
error-date-not-future = ਤਾਰੀਖ਼ ਅੱਜ ਦੀ ਜਾਂ ਬੀਤੀ ਹੋਈ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
error-date-not-past = ਤਾਰੀਖ਼ ਅੱਜ ਦੀ ਜਾਂ ਆਉਣ ਵਾਲੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
error-too-long = ਤੁਹਾਡਾ ਜਵਾਬ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰਾਂ ਦਾ ਹੋ ਸਕਦਾ ਹੈ। ਹੁਣ ਇਹ { $typed } ਅੱਖਰਾਂ ਦਾ ਹੈ।
error-enter-postcode = ਪੋਸਟਕੋਡ ਲਿਖੋ, ਜਾਂ "ਮੈਨੂੰ ਪੋਸਟਕੋਡ ਨਹੀਂ ਪਤਾ" ਚੁਣੋ
error-postcode-format = ਯੂਕੇ ਦਾ ਪੂਰਾ ਪੋਸਟਕੋਡ ਲਿਖੋ, ਜਿਵੇਂ DE1 2AB
error-enter-house = ਘਰ ਦਾ ਨੰਬਰ ਜਾਂ ਨਾਮ ਲਿਖੋ
error-enter-landmark = ਦੱਸੋ ਇਹ ਕਿੱਥੇ ਹੈ
error-choose-contact = ਚੁਣੋ ਕਿ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰੀਏ
error-enter-phone = ਆਪਣਾ ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ
error-phone-format = ਯੂਕੇ ਦਾ ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ, ਜਿਵੇਂ 01632 960 001 ਜਾਂ 07700 900 982
error-enter-email = ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਲਿਖੋ
error-email-format = @ ਵਾਲਾ ਈਮੇਲ ਪਤਾ ਲਿਖੋ, ਜਿਵੇਂ name@example.com
consent-text-reference = ਮੇਰਾ ਹਵਾਲਾ ਨੰਬਰ ਮੈਨੂੰ ਟੈਕਸਟ ਕਰੋ
consent-email-reference = ਮੇਰਾ ਹਵਾਲਾ ਨੰਬਰ ਮੈਨੂੰ ਈਮੇਲ ਕਰੋ
consent-remind = ਇੱਕ ਦਿਨ ਪਹਿਲਾਂ ਮੈਨੂੰ ਟੈਕਸਟ ਰਾਹੀਂ ਯਾਦ ਕਰਾਓ
consent-updates = ਜਦੋਂ ਕੌਂਸਲ ਮੇਰੀ ਬੇਨਤੀ ਬਾਰੇ ਜਾਣਕਾਰੀ ਬਦਲੇ ਤਾਂ ਮੈਨੂੰ ਦੱਸੋ
notices-heading = ਕੀ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਤੁਹਾਨੂੰ ਕੁਝ ਭੇਜੀਏ?
notices-hint = ਜੋ ਚਾਹੁੰਦੇ ਹੋ ਉਸ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ। ਕੁਝ ਨਾ ਚੁਣੋ ਤਾਂ ਵੀ ਠੀਕ ਹੈ। ਅਸੀਂ ਸਿਰਫ਼ ਉਹੀ ਭੇਜਦੇ ਹਾਂ ਜੋ ਤੁਸੀਂ ਚੁਣੋ।
row-notices = ਅਸੀਂ ਤੁਹਾਨੂੰ ਭੇਜਾਂਗੇ
notices-none = ਕੁਝ ਨਹੀਂ
error-not-a-mobile = ਅਸੀਂ ਸਿਰਫ਼ ਮੋਬਾਈਲ ਨੰਬਰ 'ਤੇ ਟੈਕਸਟ ਭੇਜ ਸਕਦੇ ਹਾਂ। ਆਪਣਾ ਨੰਬਰ ਬਦਲੋ, ਜਾਂ ਟੈਕਸਟ ਤੋਂ ਨਿਸ਼ਾਨ ਹਟਾਓ।
receipt-notices = ਤੁਸੀਂ ਸਾਨੂੰ ਭੇਜਣ ਲਈ ਕਿਹਾ
appt-texts-heading = ਕੀ ਤੁਸੀਂ ਇਸ ਮੁਲਾਕਾਤ ਬਾਰੇ ਟੈਕਸਟ ਚਾਹੁੰਦੇ ਹੋ?
appt-text-details = ਮੈਨੂੰ ਮੁਲਾਕਾਤ ਦੇ ਵੇਰਵੇ ਟੈਕਸਟ ਕਰੋ
appt-texts-mobile-hint = ਯੂ.ਕੇ. ਦਾ ਮੋਬਾਈਲ ਨੰਬਰ, ਜਿਵੇਂ 07700 900 982। ਅਸੀਂ ਇਸਨੂੰ ਸਿਰਫ਼ ਇਹਨਾਂ ਟੈਕਸਟਾਂ ਲਈ ਵਰਤਦੇ ਹਾਂ।
error-enter-mobile = ਆਪਣਾ ਮੋਬਾਈਲ ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ
error-mobile-format = ਯੂ.ਕੇ. ਦਾ ਮੋਬਾਈਲ ਨੰਬਰ ਲਿਖੋ, ਜਿਵੇਂ 07700 900 982
error-enter-name = ਆਪਣਾ ਨਾਮ ਲਿਖੋ

## Check your answers
check-heading = ਆਪਣੇ ਜਵਾਬ ਦੇਖ ਲਓ
check-send-heading = ਹੁਣ ਆਪਣੀ ਬੇਨਤੀ ਭੇਜੋ
check-send-body = ਜਦੋਂ ਤੁਸੀਂ ਇਹ ਭੇਜੋਗੇ, ਇਹ ਪਹਿਲਾਂ ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਸੰਭਾਲੀ ਜਾਵੇਗੀ ਅਤੇ ਫਿਰ ਕੌਂਸਲ ਨੂੰ ਭੇਜੀ ਜਾਵੇਗੀ।
send = ਭੇਜੋ
change = ਬਦਲੋ
not-given = ਨਹੀਂ ਦੱਸਿਆ
row-postcode = ਪੋਸਟਕੋਡ
row-house = ਘਰ ਦਾ ਨੰਬਰ ਜਾਂ ਨਾਮ
row-landmark = ਇਹ ਕਿੱਥੇ ਹੈ
row-contact-method = ਸੰਪਰਕ ਦਾ ਤਰੀਕਾ
row-phone = ਫ਼ੋਨ ਨੰਬਰ
row-email = ਈਮੇਲ ਪਤਾ
row-name = ਨਾਮ

## Saving and confirmation
saving-heading = ਤੁਹਾਡੀ ਬੇਨਤੀ ਸੰਭਾਲੀ ਜਾ ਰਹੀ ਹੈ
saving-body = ਇਸ ਵਿੱਚ ਇੱਕ ਪਲ ਲੱਗਦਾ ਹੈ।
save-failed-heading = ਤੁਹਾਡੀ ਬੇਨਤੀ ਸੰਭਾਲੀ ਨਹੀਂ ਜਾ ਸਕੀ
save-failed-body = ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ। ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਵੀ ਇੱਥੇ ਹਨ: ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਸਟਾਫ਼ ਤੋਂ ਮਦਦ ਲਓ।
try-again = ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ
confirmation-heading = ਬੇਨਤੀ ਸੰਭਾਲੀ ਗਈ
your-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਹੈ
reference-keep = ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖ ਲਓ ਜਾਂ ਇਸ ਦੀ ਫ਼ੋਟੋ ਲੈ ਲਓ। ਸਥਿਤੀ ਦੇਖਣ ਲਈ ਇਸ ਦੀ ਲੋੜ ਪਵੇਗੀ।
what-next = ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ
saved-here = ਤੁਹਾਡੀ ਬੇਨਤੀ ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਸੰਭਾਲੀ ਹੋਈ ਹੈ। ਟਰਮੀਨਲ ਦੇ ਜੁੜਨ ਉੱਤੇ ਇਹ ਕੌਂਸਲ ਨੂੰ ਭੇਜ ਦਿੱਤੀ ਜਾਵੇਗੀ।
saved-will-send = ਤੁਹਾਡੀ ਬੇਨਤੀ ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਸੰਭਾਲੀ ਹੋਈ ਹੈ ਅਤੇ ਹੁਣੇ, ਜਾਂ ਕਨੈਕਸ਼ਨ ਵਾਪਸ ਆਉਂਦੇ ਹੀ ਕੌਂਸਲ ਨੂੰ ਭੇਜ ਦਿੱਤੀ ਜਾਵੇਗੀ।
rating-question = ਅੱਜ ਇਹ ਟਰਮੀਨਲ ਵਰਤਣਾ ਕਿਹੋ ਜਿਹਾ ਰਿਹਾ?
rating-thanks = ਤੁਹਾਡੀ ਰਾਏ ਲਈ ਧੰਨਵਾਦ।
rating-very-good = ਬਹੁਤ ਵਧੀਆ
rating-good = ਵਧੀਆ
rating-neither = ਨਾ ਵਧੀਆ ਨਾ ਮਾੜਾ
rating-poor = ਮਾੜਾ
rating-very-poor = ਬਹੁਤ ਮਾੜਾ

## Receipts and the printer
receipt-date-time = { $date }, { $time } ਵਜੇ
receipt-saved = ਸੰਭਾਲੀ ਗਈ: { $when }
receipt-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ
receipt-scan = ਆਪਣੀ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਦੇਖਣ ਲਈ ਇਹ ਕੋਡ ਫ਼ੋਨ ਦੇ ਕੈਮਰੇ ਨਾਲ ਸਕੈਨ ਕਰੋ।
receipt-scan-terminal = ਸਥਿਤੀ ਦੇਖਣ ਲਈ ਕੌਂਸਲ ਦੇ ਕਿਸੇ ਟਰਮੀਨਲ ਉੱਤੇ "ਕਿਸੇ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਦੇਖੋ" ਚੁਣੋ ਅਤੇ ਇਹ ਕੋਡ ਸਕੈਨਰ ਦੇ ਹੇਠਾਂ ਰੱਖੋ।
receipt-contact = ਕੌਂਸਲ ਨਾਲ ਸੰਪਰਕ
receipt-keep = ਇਹ ਰਸੀਦ ਸੰਭਾਲ ਕੇ ਰੱਖੋ। ਇਸ ਉੱਤੇ ਕੋਈ ਨਿੱਜੀ ਵੇਰਵਾ ਨਹੀਂ ਹੈ।
receipt-appointment = ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ
receipt-appointment-place = ਕਿੱਥੇ: { $place }
receipt-appointment-bring = ਨਾਲ ਲਿਆਓ: { $items }
receipt-appointment-provisional = ਇਹ ਬੁਕਿੰਗ ਅਜੇ ਪੱਕੀ ਨਹੀਂ ਹੋਈ, ਕਿਉਂਕਿ ਇਹ ਟਰਮੀਨਲ ਜੁੜਿਆ ਨਹੀਂ ਸੀ। ਸਟਾਫ਼ ਇਸ ਨੂੰ ਪੱਕਾ ਕਰੇਗਾ। ਇਹ ਪਰਚੀ ਨਾਲ ਲਿਆਓ।
receipt-test = ਪ੍ਰਿੰਟਰ ਦੀ ਜਾਂਚ
receipt-test-paper = ਕਾਗ਼ਜ਼ ਦੀ ਚੌੜਾਈ { $dots } ਬਿੰਦੂ।
receipt-test-pound = ਪੌਂਡ ਦਾ ਨਿਸ਼ਾਨ: £5.00
receipt-test-qr = ਫ਼ੋਨ ਦੇ ਕੈਮਰੇ ਨੂੰ ਇਹ ਕੋਡ ACDE34679E ਪੜ੍ਹਨਾ ਚਾਹੀਦਾ ਹੈ।
printer-printing = ਤੁਹਾਡੀ ਰਸੀਦ ਛਪ ਰਹੀ ਹੈ…
printer-printed = ਤੁਹਾਡੀ ਰਸੀਦ ਛਪ ਗਈ ਹੈ। ਇਸ ਨੂੰ ਪ੍ਰਿੰਟਰ ਤੋਂ ਲੈ ਲਓ।
printer-out-of-paper = ਪ੍ਰਿੰਟਰ ਵਿੱਚ ਕਾਗ਼ਜ਼ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਸੰਭਾਲੀ ਹੋਈ ਹੈ। ਸਕਰੀਨ ਉੱਤੇ ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਇਹ ਹੈ — ਤੁਸੀਂ ਇਸ QR ਕੋਡ ਦੀ ਫ਼ੋਟੋ ਲੈ ਸਕਦੇ ਹੋ।
printer-cover-open = ਪ੍ਰਿੰਟਰ ਦਾ ਢੱਕਣ ਖੁੱਲ੍ਹਾ ਹੈ, ਇਸ ਲਈ ਇਹ ਛਾਪ ਨਹੀਂ ਸਕਦਾ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਸੰਭਾਲੀ ਹੋਈ ਹੈ। ਸਕਰੀਨ ਉੱਤੇ ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਇਹ ਹੈ — ਤੁਸੀਂ ਇਸ QR ਕੋਡ ਦੀ ਫ਼ੋਟੋ ਲੈ ਸਕਦੇ ਹੋ।
printer-not-working = ਪ੍ਰਿੰਟਰ ਇਸ ਵੇਲੇ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਸੰਭਾਲੀ ਹੋਈ ਹੈ। ਸਕਰੀਨ ਉੱਤੇ ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਇਹ ਹੈ — ਤੁਸੀਂ ਇਸ QR ਕੋਡ ਦੀ ਫ਼ੋਟੋ ਲੈ ਸਕਦੇ ਹੋ।
printer-stopped = ਤੁਹਾਡੀ ਰਸੀਦ ਪੂਰੀ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਪ੍ਰਿੰਟਰ ਰੁਕ ਗਿਆ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਸੰਭਾਲੀ ਹੋਈ ਹੈ। ਸਕਰੀਨ ਉੱਤੇ ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਇਹ ਹੈ — ਤੁਸੀਂ ਇਸ QR ਕੋਡ ਦੀ ਫ਼ੋਟੋ ਲੈ ਸਕਦੇ ਹੋ।
printer-none = ਇਹ ਟਰਮੀਨਲ ਰਸੀਦਾਂ ਨਹੀਂ ਛਾਪਦਾ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਸੰਭਾਲੀ ਹੋਈ ਹੈ। ਸਕਰੀਨ ਉੱਤੇ ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਇਹ ਹੈ — ਤੁਸੀਂ ਇਸ QR ਕੋਡ ਦੀ ਫ਼ੋਟੋ ਲੈ ਸਕਦੇ ਹੋ।
print-again = ਫਿਰ ਛਾਪੋ
receipt-photograph = ਇਸ ਕੋਡ ਵਿੱਚ ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਹੈ। ਤੁਸੀਂ ਇਸ ਦੀ ਫ਼ੋਟੋ ਲੈ ਸਕਦੇ ਹੋ।
print-receipt = ਰਸੀਦ ਛਾਪੋ

## Staff
staff-heading = ਸਟਾਫ਼ ਸਾਈਨ-ਇਨ
staff-pin-hint = ਆਪਣਾ PIN ਲਿਖੋ।
staff-number-hint = ਆਪਣਾ ਸਟਾਫ਼ ਨੰਬਰ ਲਿਖੋ।
staff-number-shown = ਸਟਾਫ਼ ਨੰਬਰ: { $number }
staff-next = ਅੱਗੇ
staff-change-number = ਸਟਾਫ਼ ਨੰਬਰ ਬਦਲੋ
staff-wrong = ਇਹ ਸਟਾਫ਼ ਨੰਬਰ ਅਤੇ PIN ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ।
staff-wrong-left = ਇਸ ਸਟਾਫ਼ ਨੰਬਰ ਲਈ PIN ਸਹੀ ਨਹੀਂ ਹੈ। ਬੰਦ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਬਾਕੀ ਕੋਸ਼ਿਸ਼ਾਂ: { $left }।
staff-account-locked = ਇਹ ਸਟਾਫ਼ ਨੰਬਰ { $time } ਤੱਕ ਬੰਦ ਹੈ। ਐਡਮਿਨ ਇਸਨੂੰ ਪਹਿਲਾਂ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ।
staff-sign-in = ਸਾਈਨ ਇਨ ਕਰੋ
staff-cancel = ਰੱਦ ਕਰੋ
staff-checking = ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ…
staff-signed-in = ਸਾਈਨ ਇਨ: { $name }
staff-assist = ਮਦਦ ਵਾਲਾ ਸੈਸ਼ਨ ਸ਼ੁਰੂ ਕਰੋ
staff-assisting = { $name } ਨਾਲ ਮਦਦ ਵਾਲਾ ਸੈਸ਼ਨ
staff-sign-out = ਸਾਈਨ ਆਊਟ ਕਰੋ
staff-unavailable = ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਸਟਾਫ਼ ਸਾਈਨ-ਇਨ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ।

## The hub view (staff)
hub-open = ਹੱਬ ਦਾ ਦ੍ਰਿਸ਼
hub-heading = ਇਹ ਟਰਮੀਨਲ
hub-today = ਅੱਜ
hub-week = ਇਸ ਹਫ਼ਤੇ
hub-month = ਇਸ ਮਹੀਨੇ
hub-outbox = ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਬੇਨਤੀਆਂ
hub-waiting = ਭੇਜਣ ਦੀ ਉਡੀਕ ਵਿੱਚ: { $count }
hub-sent = ਭੇਜੀਆਂ ਗਈਆਂ: { $count }
hub-attention = ਕੌਂਸਲ ਦੇ ਸਿਸਟਮ ਨੇ ਨਾਂਹ ਕੀਤੀ: { $count }
hub-retry = ਫਿਰ ਭੇਜੋ
hub-printer = ਪ੍ਰਿੰਟਰ
hub-printer-ok = ਕੰਮ ਕਰ ਰਿਹਾ ਹੈ
hub-journeys = ਕੰਮ
hub-started = ਸ਼ੁਰੂ ਹੋਏ
hub-completed = ਪੂਰੇ ਹੋਏ
hub-abandoned = ਅੱਧ ਵਿਚਾਲੇ ਛੱਡੇ
hub-abandoned-at = ਸਭ ਤੋਂ ਵੱਧ ਇੱਥੇ ਛੱਡੇ: { $step }
hub-assisted = ਡਿਜੀਟਲ ਚੈਂਪੀਅਨ ਦੀ ਮਦਦ ਨਾਲ: { $percent }%
hub-help = ਮਦਦ ਦੀਆਂ ਬੇਨਤੀਆਂ: { $count }
hub-languages = ਭਾਸ਼ਾਵਾਂ
hub-satisfaction-heading = ਸੰਤੁਸ਼ਟੀ
hub-satisfaction = { $percent }% ਰਾਵਾਂ ਵਧੀਆ ਜਾਂ ਬਹੁਤ ਵਧੀਆ ਸਨ
hub-target-met = ਟੀਚਾ { $target }%: ਪੂਰਾ
hub-target-missed = ਟੀਚਾ { $target }%: ਪੂਰਾ ਨਹੀਂ
hub-no-ratings = ਅਜੇ ਕੋਈ ਰਾਏ ਨਹੀਂ
hub-export = CSV ਵਜੋਂ ਸੰਭਾਲੋ
hub-exported = { $path } ਵਿੱਚ ਸੰਭਾਲਿਆ
hub-export-failed = ਸੰਭਾਲ ਨਹੀਂ ਸਕੇ: { $reason }

## Appointments: check-in and the hub
progress-checked-in = ਤੁਹਾਡੀ { $type } ਮੁਲਾਕਾਤ ({ $time } ਵਜੇ) ਲਈ ਤੁਹਾਡੀ ਹਾਜ਼ਰੀ ਲੱਗ ਗਈ ਹੈ। ਉਡੀਕ ਵਾਲੀ ਥਾਂ ਉੱਤੇ ਬੈਠੋ: ਸਲਾਹਕਾਰ ਤੁਹਾਨੂੰ ਬੁਲਾਏਗਾ।
progress-already-in = ਤੁਹਾਡੀ { $type } ਮੁਲਾਕਾਤ ({ $time } ਵਜੇ) ਲਈ ਹਾਜ਼ਰੀ ਪਹਿਲਾਂ ਹੀ ਲੱਗ ਚੁੱਕੀ ਹੈ। ਸਲਾਹਕਾਰ ਤੁਹਾਨੂੰ ਬੁਲਾਏਗਾ।
progress-other-day = ਤੁਹਾਡੀ { $type } ਮੁਲਾਕਾਤ { $date } ਨੂੰ { $time } ਵਜੇ ਹੈ, ਅੱਜ ਨਹੀਂ। ਉਦੋਂ ਆਓ, ਜਾਂ ਸਟਾਫ਼ ਤੋਂ ਪੁੱਛੋ।
progress-provisional = ਤੁਹਾਡੀ { $type } ਮੁਲਾਕਾਤ ({ $date }, { $time } ਵਜੇ) ਅਜੇ ਪੱਕੀ ਨਹੀਂ ਹੋਈ। ਸਟਾਫ਼ ਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਆ ਗਏ ਹੋ।
progress-conflict = ਤੁਹਾਡੀ { $type } ਮੁਲਾਕਾਤ ਵਿੱਚ ਇੱਕ ਸਮੱਸਿਆ ਹੈ। ਸਟਾਫ਼ ਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਆ ਗਏ ਹੋ।
hub-appointments = ਅੱਜ ਦੀਆਂ ਮੁਲਾਕਾਤਾਂ
hub-no-appointments = ਅੱਜ ਕੋਈ ਮੁਲਾਕਾਤ ਨਹੀਂ
hub-arrived = ਆ ਗਏ
hub-not-arrived = ਅਜੇ ਨਹੀਂ ਆਏ
hub-provisional = ਅਜੇ ਪੱਕੀ ਨਹੀਂ
hub-conflict = ਸਟਾਫ਼ ਦੀ ਲੋੜ: ਸਮਾਂ ਲਿਆ ਜਾ ਚੁੱਕਾ ਹੈ

## Booking appointments
appt-kind-heading = ਤੁਹਾਨੂੰ ਕਿਸ ਬਾਰੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
appt-length = ਲਗਭਗ { $minutes } ਮਿੰਟ
appt-loading = ਖਾਲੀ ਸਮੇਂ ਲੱਭ ਰਹੇ ਹਾਂ…
appt-day-heading = ਤੁਹਾਨੂੰ ਕਿਹੜਾ ਦਿਨ ਠੀਕ ਲੱਗਦਾ ਹੈ?
appt-day-hint = ਸਿਰਫ਼ ਉਹ ਦਿਨ ਦਿਖਾਏ ਗਏ ਹਨ ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਖਾਲੀ ਸਮਾਂ ਹੈ।
appt-time-heading = ਤੁਹਾਨੂੰ ਕਿਹੜਾ ਸਮਾਂ ਠੀਕ ਲੱਗਦਾ ਹੈ?
appt-day-full = ਇਸ ਦਿਨ ਹੁਣ ਕੋਈ ਖਾਲੀ ਸਮਾਂ ਨਹੀਂ ਹੈ। ਵਾਪਸ ਜਾ ਕੇ ਕੋਈ ਹੋਰ ਦਿਨ ਚੁਣੋ।
appt-none = ਅਗਲੇ 4 ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਕੋਈ ਖਾਲੀ ਸਮਾਂ ਨਹੀਂ ਹੈ। ਕਿਸੇ ਸਟਾਫ਼ ਮੈਂਬਰ ਨੂੰ ਪੁੱਛੋ: ਉਹ ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ।
appt-offline = ਇਸ ਵੇਲੇ ਹੱਬ ਦੀ ਡਾਇਰੀ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚਿਆ ਜਾ ਸਕਦਾ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਬੁੱਕ ਕਰ ਸਕਦੇ ਹੋ: ਸਮਾਂ ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਰੱਖਿਆ ਜਾਵੇਗਾ ਅਤੇ ਸਟਾਫ਼ ਇਸ ਦੀ ਪੁਸ਼ਟੀ ਕਰੇਗਾ।
appt-lost = ਕਿਸੇ ਨੇ ਹੁਣੇ { $time } ਬੁੱਕ ਕਰ ਲਿਆ ਹੈ। ਅਗਲਾ ਖਾਲੀ ਸਮਾਂ { $next } ਹੈ।
appt-lost-none = ਕਿਸੇ ਨੇ ਹੁਣੇ ਉਹ ਸਮਾਂ ਬੁੱਕ ਕਰ ਲਿਆ ਹੈ, ਅਤੇ ਅਗਲੇ 4 ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਹੋਰ ਕੋਈ ਖਾਲੀ ਸਮਾਂ ਨਹੀਂ ਹੈ।
appt-take-next = { $next } ਬੁੱਕ ਕਰੋ
appt-check-heading = ਆਪਣੀ ਮੁਲਾਕਾਤ ਦੀ ਜਾਂਚ ਕਰੋ
appt-what = ਕਿਸ ਬਾਰੇ
appt-when = ਕਦੋਂ
appt-where = ਕਿੱਥੇ
appt-bring = ਨਾਲ ਕੀ ਲਿਆਉਣਾ ਹੈ
appt-book = ਇਹ ਮੁਲਾਕਾਤ ਬੁੱਕ ਕਰੋ
appt-move = ਇਸ ਸਮੇਂ ਉੱਤੇ ਬਦਲੋ
appt-other-time = ਕੋਈ ਹੋਰ ਸਮਾਂ ਚੁਣੋ
appt-booking = ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ ਬੁੱਕ ਹੋ ਰਹੀ ਹੈ…
appt-failed = ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ ਬੁੱਕ ਨਹੀਂ ਹੋ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਸਟਾਫ਼ ਮੈਂਬਰ ਨੂੰ ਪੁੱਛੋ।
appt-move-failed = ਮੁਲਾਕਾਤ ਨਹੀਂ ਬਦਲੀ ਗਈ: { $reason }
appt-move-heading = ਮੁਲਾਕਾਤ ਬਦਲੋ
appt-booked-heading = ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ ਬੁੱਕ ਹੋ ਗਈ ਹੈ
appt-provisional-heading = ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ ਰੱਖੀ ਗਈ ਹੈ
appt-moved-heading = ਮੁਲਾਕਾਤ ਬਦਲ ਦਿੱਤੀ ਗਈ ਹੈ
appt-provisional = ਇਹ ਟਰਮੀਨਲ ਹੱਬ ਦੀ ਡਾਇਰੀ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਿਆ, ਇਸ ਲਈ ਸਮਾਂ ਇੱਥੇ ਰੱਖਿਆ ਗਿਆ ਹੈ ਜਦੋਂ ਤੱਕ ਸਟਾਫ਼ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕਰਦਾ। ਆਪਣੀ ਪਰਚੀ ਨਾਲ ਲਿਆਓ।
slip-next-steps = ਪਹੁੰਚ ਕੇ ਇਸ ਪਰਚੀ ਦਾ QR ਕੋਡ ਕਿਓਸਕ ਦੇ ਸਕੈਨਰ ਹੇਠਾਂ ਰੱਖੋ, ਜਾਂ ਸਟਾਫ਼ ਨੂੰ ਦਿਖਾਓ।
hub-book = ਕਿਸੇ ਨਿਵਾਸੀ ਲਈ ਮੁਲਾਕਾਤ ਬੁੱਕ ਕਰੋ
hub-upcoming = ਆਉਣ ਵਾਲੀਆਂ ਮੁਲਾਕਾਤਾਂ
hub-move = ਬਦਲੋ
hub-cancel = ਰੱਦ ਕਰੋ
hub-cancel-confirm = ਕੀ { $date } ਨੂੰ { $time } ਵਜੇ ਦੀ { $type } ਮੁਲਾਕਾਤ ਰੱਦ ਕਰਨੀ ਹੈ?
hub-cancel-yes = ਹਾਂ, ਰੱਦ ਕਰੋ
hub-cancel-no = ਨਹੀਂ, ਰਹਿਣ ਦਿਓ
hub-cancelled = ਮੁਲਾਕਾਤ ਰੱਦ ਹੋ ਗਈ ਹੈ ਅਤੇ ਇਸ ਦਾ ਸਮਾਂ ਫਿਰ ਖਾਲੀ ਹੈ।
hub-cancel-failed = ਮੁਲਾਕਾਤ ਰੱਦ ਨਹੀਂ ਹੋਈ: { $reason }
hub-network = ਕੌਂਸਲ ਨਾਲ ਸੰਪਰਕ
hub-network-none = ਕੌਂਸਲ ਦਾ ਕੋਈ ਸਿਸਟਮ ਸੈੱਟ ਨਹੀਂ ਹੈ: ਬੇਨਤੀਆਂ ਇਸ ਟਰਮੀਨਲ ਉੱਤੇ ਰਹਿੰਦੀਆਂ ਹਨ।
hub-network-waiting = ਅਜੇ ਕੋਸ਼ਿਸ਼ ਨਹੀਂ ਕੀਤੀ।
hub-network-ok = ਕੌਂਸਲ ਦੇ ਸਿਸਟਮ ਨੇ { $time } ਵਜੇ ਜਵਾਬ ਦਿੱਤਾ।
hub-network-down = ਕੌਂਸਲ ਦੇ ਸਿਸਟਮ ਨੇ { $time } ਵਜੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ। ਬੇਨਤੀਆਂ ਇੱਥੇ ਉਡੀਕ ਕਰਦੀਆਂ ਹਨ ਅਤੇ ਜਵਾਬ ਮਿਲਣ ਉੱਤੇ ਭੇਜੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
out-of-order = ਇਹ ਟਰਮੀਨਲ ਇਸ ਵੇਲੇ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ। ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਸਟਾਫ਼ ਮੈਂਬਰ ਤੋਂ ਮਦਦ ਮੰਗੋ।
hub-exported-stick = USB ਸਟਿੱਕ ਉੱਤੇ ਸੰਭਾਲਿਆ ਗਿਆ: { $path }

# Payments
pay-error-reference-missing = ਆਪਣੇ ਬਿੱਲ ਜਾਂ ਚਿੱਠੀ ਤੋਂ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖੋ।
pay-error-reference-pattern = ਇਹ ਤੁਹਾਡੇ ਬਿੱਲ ਵਾਲੇ ਹਵਾਲਾ ਨੰਬਰ ਵਰਗਾ ਨਹੀਂ ਲੱਗਦਾ। ਇਸ ਨੂੰ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
pay-error-reference-check = ਇਸ ਹਵਾਲਾ ਨੰਬਰ ਵਿੱਚ ਟਾਈਪ ਦੀ ਗਲਤੀ ਹੈ। ਹਰ ਅੰਕ ਆਪਣੇ ਬਿੱਲ ਨਾਲ ਮਿਲਾਓ।
pay-error-amount-low = ਘੱਟੋ-ਘੱਟ { $min } ਲਿਖੋ।
pay-error-amount-high = ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਲਿਖੋ।
pay-error-amount-unreadable = ਰਕਮ ਪੌਂਡ ਅਤੇ ਪੈਂਸ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ 12.50।
pay-error-quantity = 1 ਤੋਂ { $max } ਤੱਕ ਚੁਣੋ।
pay-progress-scan = ਭੁਗਤਾਨ ਲਈ ਆਪਣੇ ਫ਼ੋਨ ਦੇ ਕੈਮਰੇ ਨਾਲ ਕੋਡ ਸਕੈਨ ਕਰੋ। ਭੁਗਤਾਨ ਵਾਲਾ ਪੰਨਾ ਖੋਲ੍ਹਦੇ ਹੀ ਕੋਡ ਹਟ ਜਾਵੇਗਾ।
pay-progress-opened = ਆਪਣੇ ਫ਼ੋਨ ਉੱਤੇ ਭੁਗਤਾਨ ਪੂਰਾ ਕਰੋ। ਭੁਗਤਾਨ ਹੋਣ ਉੱਤੇ ਇਹ ਸਕ੍ਰੀਨ ਬਦਲ ਜਾਵੇਗੀ।
pay-progress-reader = ਕਾਰਡ ਰੀਡਰ ਉੱਤੇ ਦਿੱਤੀਆਂ ਹਦਾਇਤਾਂ ਦੀ ਪਾਲਣਾ ਕਰੋ।
pay-progress-paid = ਭੁਗਤਾਨ ਹੋ ਗਿਆ
pay-progress-declined = ਭੁਗਤਾਨ ਨਾ-ਮਨਜ਼ੂਰ ਹੋ ਗਿਆ। ਕੋਈ ਪੈਸਾ ਨਹੀਂ ਲਿਆ ਗਿਆ।
pay-progress-cancelled = ਭੁਗਤਾਨ ਰੱਦ ਹੋ ਗਿਆ। ਕੋਈ ਪੈਸਾ ਨਹੀਂ ਲਿਆ ਗਿਆ।
pay-progress-failed = ਭੁਗਤਾਨ ਨਹੀਂ ਹੋਇਆ। ਕੋਈ ਪੈਸਾ ਨਹੀਂ ਲਿਆ ਗਿਆ।
pay-progress-checking = ਅਸੀਂ ਭੁਗਤਾਨ ਸੇਵਾ ਤੋਂ ਪਤਾ ਕਰ ਰਹੇ ਹਾਂ। ਦੁਬਾਰਾ ਭੁਗਤਾਨ ਨਾ ਕਰੋ।
pay-pin-needed = ਇਸ ਰਕਮ ਲਈ ਤੁਹਾਨੂੰ ਆਪਣਾ PIN ਚਾਹੀਦਾ ਹੋਵੇਗਾ।
pay-cash-only = ਕਾਰਡ ਅਤੇ ਫ਼ੋਨ ਨਾਲ ਭੁਗਤਾਨ ਇਸ ਵੇਲੇ ਕੰਮ ਨਹੀਂ ਕਰ ਰਹੇ। ਤੁਸੀਂ ਡਾਕਘਰ (Post Office) ਜਾਂ PayPoint ਉੱਤੇ ਨਕਦ ਭੁਗਤਾਨ ਕਰ ਸਕਦੇ ਹੋ।
pay-none-now = ਇਸ ਦਾ ਭੁਗਤਾਨ ਇਸ ਵੇਲੇ ਇੱਥੇ ਨਹੀਂ ਹੋ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਕਰਮਚਾਰੀ ਨੂੰ ਪੁੱਛੋ।
pay-receipt-title = ਭੁਗਤਾਨ ਦੀ ਰਸੀਦ
pay-receipt-paid-on = ਭੁਗਤਾਨ: { $when }
pay-receipt-quantity = ਗਿਣਤੀ: { $quantity }
pay-receipt-council-reference = ਹਵਾਲਾ: { $reference }
pay-receipt-fund = ਫ਼ੰਡ: { $fund }
pay-receipt-amount = ਭੁਗਤਾਨ ਕੀਤੀ ਰਕਮ
pay-receipt-vat = { $rate }% VAT ਸਮੇਤ: { $vat }
pay-receipt-vat-number = VAT ਨੰਬਰ: { $number }
pay-receipt-card = ਕਾਰਡ: { $brand }, ਆਖ਼ਰੀ ਅੰਕ { $last4 }
pay-receipt-application = ਐਪਲੀਕੇਸ਼ਨ: { $aid } { $name }
pay-receipt-authorisation = ਮਨਜ਼ੂਰੀ ਕੋਡ: { $code }
pay-receipt-verified-pin = PIN ਨਾਲ ਪੁਸ਼ਟੀ ਹੋਈ
pay-receipt-verified-signature = ਦਸਤਖ਼ਤ ਨਾਲ ਪੁਸ਼ਟੀ ਹੋਈ
pay-receipt-verified-device = ਕਾਰਡਧਾਰਕ ਦੇ ਡਿਵਾਈਸ ਉੱਤੇ ਪੁਸ਼ਟੀ ਹੋਈ
pay-receipt-verified-none = ਕਾਰਡਧਾਰਕ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ (ਕੰਟੈਕਟਲੈੱਸ)
pay-receipt-verified-other = ਕਾਰਡਧਾਰਕ ਦੀ ਪੁਸ਼ਟੀ ਜਿਵੇਂ ਰੀਡਰ ਨੇ ਦਰਜ ਕੀਤੀ
pay-receipt-phone = GOV.UK Pay ਨਾਲ ਔਨਲਾਈਨ ਭੁਗਤਾਨ
pay-receipt-transaction = ਲੈਣ-ਦੇਣ: { $id }
pay-receipt-payment-id = ਭੁਗਤਾਨ ਨੰਬਰ: { $id }
pay-receipt-keep = ਇਹ ਰਸੀਦ ਭੁਗਤਾਨ ਦੇ ਸਬੂਤ ਵਜੋਂ ਰੱਖੋ।
pay-cash-title = ਨਕਦ ਭੁਗਤਾਨ ਕਿਵੇਂ ਕਰੀਏ
pay-cash-amount = ਭੁਗਤਾਨ ਕਰਨ ਵਾਲੀ ਰਕਮ: { $amount }
pay-cash-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ
pay-cash-where-heading = ਕਿੱਥੇ ਭੁਗਤਾਨ ਕਰੀਏ
pay-cash-where = ਕਿਸੇ ਵੀ ਡਾਕਘਰ ਦੇ ਕਾਊਂਟਰ ਉੱਤੇ, ਜਾਂ PayPoint ਦੇ ਨਿਸ਼ਾਨ ਵਾਲੀ ਕਿਸੇ ਵੀ ਦੁਕਾਨ ਉੱਤੇ।
pay-cash-how-heading = ਕਿਵੇਂ ਭੁਗਤਾਨ ਕਰੀਏ
pay-cash-how = ਆਪਣਾ ਬਿੱਲ ਜਾਂ ਕੌਂਸਲ ਦਾ ਭੁਗਤਾਨ ਕਾਰਡ ਨਾਲ ਲੈ ਕੇ ਜਾਓ: ਕਾਊਂਟਰ ਉੱਤੇ ਉਸ ਦਾ ਬਾਰਕੋਡ ਸਕੈਨ ਹੁੰਦਾ ਹੈ। ਇਸ ਪਰਚੀ ਉੱਤੇ ਕੋਈ ਬਾਰਕੋਡ ਨਹੀਂ ਹੈ। ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਬਿੱਲ ਨਹੀਂ ਹੈ ਤਾਂ ਪਹਿਲਾਂ ਕੌਂਸਲ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
pay-cash-not-paid = ਇਹ ਪਰਚੀ ਰਸੀਦ ਨਹੀਂ ਹੈ। ਅਜੇ ਕੁਝ ਭੁਗਤਾਨ ਨਹੀਂ ਹੋਇਆ।
pay-cash-slip-printed = ਤੁਹਾਡੀ ਭੁਗਤਾਨ ਪਰਚੀ ਛਪ ਗਈ ਹੈ। ਇਸ ਨੂੰ ਪ੍ਰਿੰਟਰ ਤੋਂ ਲੈ ਲਓ।
pay-cash-keep = ਭੁਗਤਾਨ ਹੋਣ ਤੱਕ ਇਹ ਪਰਚੀ ਰੱਖੋ।

## Paying at the kiosk: the pages
pay-open = ਕੌਂਸਲ ਨੂੰ ਭੁਗਤਾਨ ਕਰੋ
pay-what-heading = ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ ਦਾ ਭੁਗਤਾਨ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
pay-price-each = { $price } ਹਰੇਕ, ਇੱਕ ਵਾਰ ਵਿੱਚ { $max } ਤੱਕ
pay-price-range = { $min } ਤੋਂ { $max } ਤੱਕ ਕੋਈ ਵੀ ਰਕਮ
pay-reference-heading = ਤੁਹਾਡੇ ਬਿੱਲ ਜਾਂ ਚਿੱਠੀ ਉੱਤੇ ਲਿਖਿਆ ਹਵਾਲਾ ਨੰਬਰ
pay-reference-hint = ਇਸ ਨੂੰ ਉਵੇਂ ਹੀ ਲਿਖੋ ਜਿਵੇਂ ਛਪਿਆ ਹੈ। ਖਾਲੀ ਥਾਂਵਾਂ ਅਤੇ ਡੈਸ਼ ਨਾਲ ਕੋਈ ਫ਼ਰਕ ਨਹੀਂ ਪੈਂਦਾ।
pay-quantity-heading = ਤੁਹਾਨੂੰ ਕਿੰਨੇ ਚਾਹੀਦੇ ਹਨ?
pay-quantity-choice = { $quantity }: { $total }
pay-amount-heading = ਤੁਸੀਂ ਕਿੰਨਾ ਭੁਗਤਾਨ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
pay-amount-hint = { $min } ਤੋਂ { $max } ਤੱਕ ਰਕਮ ਪੌਂਡ ਅਤੇ ਪੈਂਸ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ 12.50।
pay-amount-to-pay = ਭੁਗਤਾਨ ਕਰਨ ਵਾਲੀ ਰਕਮ: { $amount }
pay-check-heading = ਆਪਣਾ ਭੁਗਤਾਨ ਜਾਂਚੋ
pay-row-item = ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ ਦਾ ਭੁਗਤਾਨ ਕਰ ਰਹੇ ਹੋ
pay-row-reference = ਹਵਾਲਾ ਨੰਬਰ
pay-row-quantity = ਕਿੰਨੇ
pay-row-amount = ਰਕਮ
pay-row-payment-number = ਭੁਗਤਾਨ ਨੰਬਰ
pay-total = ਕੁੱਲ ਭੁਗਤਾਨ: { $amount }
pay-total-vat = ਇਸ ਵਿੱਚ { $vat } ਵੈਟ ਸ਼ਾਮਲ ਹੈ।
pay-choose-how = ਭੁਗਤਾਨ ਦਾ ਤਰੀਕਾ ਚੁਣੋ
pay-how-heading = ਤੁਸੀਂ ਕਿਵੇਂ ਭੁਗਤਾਨ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
pay-how-checking = ਦੇਖ ਰਹੇ ਹਾਂ ਕਿ ਇਸ ਵੇਲੇ ਭੁਗਤਾਨ ਦੇ ਕਿਹੜੇ ਤਰੀਕੇ ਚੱਲ ਰਹੇ ਹਨ…
pay-method-phone = ਆਪਣੇ ਫ਼ੋਨ ਉੱਤੇ ਭੁਗਤਾਨ ਕਰੋ
pay-method-phone-hint = ਆਪਣੇ ਫ਼ੋਨ ਦੇ ਕੈਮਰੇ ਨਾਲ ਕੋਡ ਸਕੈਨ ਕਰੋ ਅਤੇ GOV.UK ਦੇ ਸੁਰੱਖਿਅਤ ਪੰਨੇ ਉੱਤੇ ਭੁਗਤਾਨ ਕਰੋ।
pay-method-card = ਇੱਥੇ ਕਾਰਡ ਨਾਲ ਭੁਗਤਾਨ ਕਰੋ
pay-method-card-hint = ਇਸ ਸਕਰੀਨ ਦੇ ਕੋਲ ਵਾਲਾ ਕਾਰਡ ਰੀਡਰ ਵਰਤੋ।
pay-method-cash = ਡਾਕਘਰ (Post Office) ਜਾਂ PayPoint ਉੱਤੇ ਨਕਦ ਭੁਗਤਾਨ ਕਰੋ
pay-method-cash-hint = ਅਸੀਂ ਇੱਕ ਪਰਚੀ ਛਾਪਦੇ ਹਾਂ ਜਿਸ ਉੱਤੇ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ ਕਿ ਕਿੱਥੇ ਅਤੇ ਕਿਵੇਂ ਭੁਗਤਾਨ ਕਰਨਾ ਹੈ। ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਭੁਗਤਾਨ ਕਰਦੇ ਹੋ।
pay-declined-twice = ਤੁਹਾਡਾ ਕਾਰਡ ਦੋ ਵਾਰ ਨਾਮਨਜ਼ੂਰ ਹੋਇਆ। ਕੋਈ ਪੈਸਾ ਨਹੀਂ ਲਿਆ ਗਿਆ। ਭੁਗਤਾਨ ਦਾ ਕੋਈ ਹੋਰ ਤਰੀਕਾ ਚੁਣੋ, ਜਾਂ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਤੋਂ ਮਦਦ ਮੰਗੋ।
pay-starting = ਤੁਹਾਡਾ ਭੁਗਤਾਨ ਤਿਆਰ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ…
pay-start-failed = ਭੁਗਤਾਨ ਦਾ ਇਹ ਤਰੀਕਾ ਇਸ ਵੇਲੇ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ। ਕੋਈ ਪੈਸਾ ਨਹੀਂ ਲਿਆ ਗਿਆ। ਕੋਈ ਹੋਰ ਤਰੀਕਾ ਚੁਣੋ।
pay-phone-heading = ਆਪਣੇ ਫ਼ੋਨ ਉੱਤੇ ਭੁਗਤਾਨ ਕਰੋ
pay-card-heading = ਕਾਰਡ ਨਾਲ ਭੁਗਤਾਨ ਕਰੋ
pay-stop = ਇਹ ਭੁਗਤਾਨ ਰੋਕੋ
pay-stopping = ਭੁਗਤਾਨ ਰੋਕਿਆ ਜਾ ਰਿਹਾ ਹੈ…
pay-not-paid-heading = ਭੁਗਤਾਨ ਨਹੀਂ ਹੋਇਆ
pay-other-way = ਭੁਗਤਾਨ ਦਾ ਕੋਈ ਹੋਰ ਤਰੀਕਾ ਚੁਣੋ
pay-cash-heading = ਨਕਦ ਭੁਗਤਾਨ ਕਰੋ

## Hub view: today's payments
hub-payments = ਅੱਜ ਦੇ ਭੁਗਤਾਨ
hub-payments-none = ਅੱਜ ਕੋਈ ਭੁਗਤਾਨ ਨਹੀਂ ਹੋਇਆ।
hub-payments-failed = ਅੱਜ ਦੇ ਭੁਗਤਾਨ ਪੜ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕੇ: { $reason }
hub-pay-count-unknown = ਅਣਜਾਣ, ਭੁਗਤਾਨ ਸੇਵਾ ਨਾਲ ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ: { $count }
hub-pay-count-under-way = ਹੁਣ ਭੁਗਤਾਨ ਹੋ ਰਿਹਾ ਹੈ: { $count }
hub-pay-count-not-posted = ਭੁਗਤਾਨ ਹੋ ਗਿਆ, ਅਜੇ ਕੌਂਸਲ ਨੂੰ ਅੱਗੇ ਨਹੀਂ ਭੇਜਿਆ: { $count }
hub-pay-count-posted = ਭੁਗਤਾਨ ਹੋ ਗਿਆ ਅਤੇ ਕੌਂਸਲ ਨੂੰ ਅੱਗੇ ਭੇਜ ਦਿੱਤਾ: { $count }
hub-pay-count-not-paid = ਭੁਗਤਾਨ ਨਹੀਂ ਹੋਇਆ (ਨਾਮਨਜ਼ੂਰ, ਰੱਦ ਜਾਂ ਅਸਫਲ): { $count }
hub-pay-unknown = ਅਣਜਾਣ
hub-pay-under-way = ਭੁਗਤਾਨ ਹੋ ਰਿਹਾ ਹੈ
hub-pay-not-posted = ਭੁਗਤਾਨ ਹੋਇਆ, ਅਜੇ ਅੱਗੇ ਨਹੀਂ ਭੇਜਿਆ
hub-pay-posted = ਭੁਗਤਾਨ ਹੋਇਆ ਅਤੇ ਅੱਗੇ ਭੇਜਿਆ
hub-pay-not-paid = ਭੁਗਤਾਨ ਨਹੀਂ ਹੋਇਆ

# Hub view: trends, help answer times, set-up and monitoring
hub-trends = ਪਿਛਲੇ 12 ਹਫ਼ਤੇ
hub-chart-journeys = ਹਰ ਹਫ਼ਤੇ ਸ਼ੁਰੂ ਅਤੇ ਪੂਰੀਆਂ ਹੋਈਆਂ ਅਰਜ਼ੀਆਂ
hub-chart-satisfaction = ਹਰ ਹਫ਼ਤੇ ਸੰਤੁਸ਼ਟੀ, 85% ਅਤੇ 95% ਦੇ ਟੀਚਿਆਂ ਦੇ ਮੁਕਾਬਲੇ
hub-chart-help = ਹਰ ਹਫ਼ਤੇ ਮਦਦ ਦੀਆਂ ਬੇਨਤੀਆਂ, ਅਤੇ ਡਿਜੀਟਲ ਸਹਾਇਕ ਨਾਲ ਹੋਈਆਂ ਅਰਜ਼ੀਆਂ ਦਾ ਹਿੱਸਾ
hub-legend-started = ਸ਼ੁਰੂ ਹੋਈਆਂ
hub-legend-finished = ਪੂਰੀਆਂ ਹੋਈਆਂ
hub-legend-satisfied = ਸੰਤੁਸ਼ਟ (%)
hub-legend-target = ਟੀਚੇ
hub-legend-help = ਮਦਦ ਦੀਆਂ ਬੇਨਤੀਆਂ
hub-legend-assisted = ਡਿਜੀਟਲ ਸਹਾਇਕ ਨਾਲ (%)
hub-week-line = { $date } ਤੋਂ ਹਫ਼ਤਾ: { $started } ਸ਼ੁਰੂ ਹੋਈਆਂ, { $finished } ਪੂਰੀਆਂ ਹੋਈਆਂ, { $satisfied }, ਮਦਦ ਦੀਆਂ { $help } ਬੇਨਤੀਆਂ, { $assisted }% ਡਿਜੀਟਲ ਸਹਾਇਕ ਨਾਲ।
hub-week-satisfied = { $percent }% ਸੰਤੁਸ਼ਟ
hub-week-no-ratings = ਕੋਈ ਰੇਟਿੰਗ ਨਹੀਂ
hub-help-answered = { $date } ਤੋਂ ਹਫ਼ਤੇ ਵਿੱਚ ਮਦਦ ਦੀਆਂ ਕਾਲਾਂ: { $calls } ਕੀਤੀਆਂ, { $answered } ਦਾ ਜਵਾਬ ਦਿੱਤਾ। ਅੱਧੀਆਂ ਦਾ ਜਵਾਬ { $median } ਮਿੰਟਾਂ ਵਿੱਚ, 10 ਵਿੱਚੋਂ 9 ਦਾ { $p90 } ਮਿੰਟਾਂ ਵਿੱਚ ਦਿੱਤਾ ਗਿਆ।
hub-help-none-answered = { $date } ਤੋਂ ਹਫ਼ਤੇ ਵਿੱਚ ਮਦਦ ਦੀਆਂ ਕਾਲਾਂ: { $calls } ਕੀਤੀਆਂ, ਇਸ ਟਰਮੀਨਲ 'ਤੇ ਸਟਾਫ਼ ਦੇ ਸਾਈਨ ਇਨ ਨਾਲ ਕਿਸੇ ਦਾ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ ਗਿਆ।
hub-erase-soon = ਰੱਦ ਕੀਤੀਆਂ ਅਰਜ਼ੀਆਂ ਜਿਨ੍ਹਾਂ ਦੇ ਨਿੱਜੀ ਵੇਰਵੇ ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਮਿਟਾ ਦਿੱਤੇ ਜਾਣਗੇ: { $count }। ਉਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਭੇਜੋ ਜਾਂ ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਨਿਪਟਾਓ।
hub-setup = ਸੈੱਟਅੱਪ ਅਤੇ ਨਿਗਰਾਨੀ
hub-setup-fetched = ਸੈੱਟਅੱਪ ਸੰਸਕਰਣ { $version }, ਕੌਂਸਲ ਤੋਂ { $date } ਨੂੰ { $time } ਵਜੇ ਲਿਆ ਗਿਆ।
hub-setup-local = ਸੈੱਟਅੱਪ ਸੰਸਕਰਣ { $version }, ਇਸ ਟਰਮੀਨਲ ਦੀ ਆਪਣੀ ਫ਼ਾਈਲ ਤੋਂ।
hub-setup-refused = ਕੌਂਸਲ ਦੀ ਆਖ਼ਰੀ { $file } ਫ਼ਾਈਲ ਵਰਤੀ ਨਹੀਂ ਗਈ: { $reason }
hub-metrics-on = ਕੌਂਸਲ ਦੀ ਨਿਗਰਾਨੀ ਲਈ ਅੰਕੜੇ { $address } 'ਤੇ ਉਪਲਬਧ ਹਨ।
hub-metrics-off = ਕੌਂਸਲ ਦੀ ਨਿਗਰਾਨੀ ਲਈ ਅੰਕੜੇ ਬੰਦ ਹਨ।
hub-metrics-failed = ਕੌਂਸਲ ਦੀ ਨਿਗਰਾਨੀ ਲਈ ਅੰਕੜੇ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋ ਸਕੇ: { $reason }
hub-help-calls = ਮਦਦ ਦੀਆਂ ਕਾਲਾਂ
hub-week-by-week = ਹਫ਼ਤਾ-ਦਰ-ਹਫ਼ਤਾ
## Addresses and streets from the gazetteer
addresses-heading = { $postcode } ਵਾਲਾ ਪਤਾ ਚੁਣੋ
address-not-listed = ਮੇਰਾ ਪਤਾ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ
addresses-none = ਸਾਨੂੰ { $postcode } 'ਤੇ ਕੋਈ ਪਤਾ ਨਹੀਂ ਮਿਲਿਆ। ਇਸ ਦੀ ਬਜਾਏ ਘਰ ਦਾ ਨੰਬਰ ਜਾਂ ਨਾਂ ਲਿਖੋ।
street-heading = ਇਹ ਕਿਹੜੀ ਗਲੀ ਵਿੱਚ ਹੈ?
street-hint = ਗਲੀ ਦਾ ਨਾਂ ਲਿਖੋ, ਜਿਵੇਂ Mill Lane, ਜਾਂ ਪੋਸਟਕੋਡ।
streets-heading = ਗਲੀ ਚੁਣੋ
streets-none = ਸਾਨੂੰ "{ $typed }" ਨਾਂ ਦੀ ਕੋਈ ਗਲੀ ਨਹੀਂ ਮਿਲੀ। ਇਸ ਦੀ ਬਜਾਏ ਦੱਸੋ ਕਿ ਇਹ ਕਿੱਥੇ ਹੈ।
street-in-town = { $street }, { $town }
near-heading = ਇਹ { $street } 'ਤੇ ਕਿਹੜੇ ਨੰਬਰ ਦੇ ਨੇੜੇ ਹੈ?
near-hint = ਸਮੱਸਿਆ ਦੇ ਸਭ ਤੋਂ ਨੇੜੇ ਵਾਲਾ ਘਰ ਜਾਂ ਇਮਾਰਤ ਚੁਣੋ।
describe-instead = ਮੈਨੂੰ ਨਹੀਂ ਲੱਭ ਰਿਹਾ: ਥਾਂ ਬਾਰੇ ਦੱਸੋ
row-address = ਪਤਾ
row-street = ਗਲੀ
row-near = ਨੇੜੇ
error-choose-address = ਆਪਣਾ ਪਤਾ ਚੁਣੋ, ਜਾਂ "ਮੇਰਾ ਪਤਾ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ" ਚੁਣੋ
error-enter-street = ਗਲੀ ਦਾ ਨਾਂ ਜਾਂ ਪੋਸਟਕੋਡ ਲਿਖੋ
error-choose-street = ਗਲੀ ਚੁਣੋ, ਜਾਂ ਥਾਂ ਬਾਰੇ ਦੱਸੋ
error-choose-near = ਸਭ ਤੋਂ ਨੇੜੇ ਵਾਲਾ ਨੰਬਰ ਚੁਣੋ, ਜਾਂ ਥਾਂ ਬਾਰੇ ਦੱਸੋ

## Nearby reports
nearby-heading = ਕੀ ਇਸ ਬਾਰੇ ਪਹਿਲਾਂ ਹੀ ਦੱਸਿਆ ਜਾ ਚੁੱਕਾ ਹੈ?
nearby-hint = ਨੇੜੇ ਦੀਆਂ ਇਨ੍ਹਾਂ ਸਮੱਸਿਆਵਾਂ ਬਾਰੇ ਪਹਿਲਾਂ ਹੀ ਦੱਸਿਆ ਜਾ ਚੁੱਕਾ ਹੈ ਅਤੇ ਇਨ੍ਹਾਂ 'ਤੇ ਕੰਮ ਹੋ ਰਿਹਾ ਹੈ। ਕੀ ਤੁਹਾਡੀ ਸਮੱਸਿਆ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੈ?
nearby-none-of-these = ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ: ਇਹ ਨਵੀਂ ਸਮੱਸਿਆ ਹੈ
nearby-distance = { $metres } ਮੀਟਰ ਦੂਰ
nearby-reported = { $days ->
    [one] { $days } ਦਿਨ ਪਹਿਲਾਂ ਦੱਸਿਆ ਗਿਆ
   *[other] { $days } ਦਿਨ ਪਹਿਲਾਂ ਦੱਸਿਆ ਗਿਆ
}
nearby-reported-today = ਅੱਜ ਦੱਸਿਆ ਗਿਆ
nearby-out-of-date = ਅਸੀਂ ਇਸ ਵੇਲੇ ਕੌਂਸਲ ਦੇ ਸਿਸਟਮ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਦੇ, ਇਸ ਲਈ ਇਹ ਸੂਚੀ ਪੁਰਾਣੀ ਹੋ ਸਕਦੀ ਹੈ।
already-reported-heading = ਇਸ ਬਾਰੇ ਪਹਿਲਾਂ ਹੀ ਦੱਸਿਆ ਜਾ ਚੁੱਕਾ ਹੈ
already-reported-body = ਕੌਂਸਲ ਨੂੰ ਇਸ ਸਮੱਸਿਆ ਬਾਰੇ ਪਤਾ ਹੈ ਅਤੇ ਉਹ ਇਸ 'ਤੇ ਕੰਮ ਕਰ ਰਹੀ ਹੈ। ਤੁਹਾਨੂੰ ਦੁਬਾਰਾ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ।
already-reported-follow = ਇਸ ਦਾ ਹਵਾਲਾ ਨੰਬਰ ਛਾਪੋ ਤਾਂ ਜੋ ਮੈਂ ਤਰੱਕੀ ਦੇਖ ਸਕਾਂ
already-reported-add = ਮੇਰੀ ਰਿਪੋਰਟ ਵੀ ਭੇਜੋ
following-heading = ਤੁਸੀਂ ਇਸ ਰਿਪੋਰਟ 'ਤੇ ਨਜ਼ਰ ਰੱਖ ਰਹੇ ਹੋ
following-body = ਕੌਂਸਲ ਕੋਲ ਇਹ ਰਿਪੋਰਟ ਪਹਿਲਾਂ ਹੀ ਹੈ। ਇਹ ਹਵਾਲਾ ਨੰਬਰ ਰੱਖੋ: ਬੇਨਤੀ ਦੀ ਤਰੱਕੀ ਵੇਖੋ ਵਿੱਚ ਇਸਨੂੰ ਲਿਖੋ ਜਾਂ ਸਕੈਨ ਕਰੋ ਤਾਂ ਜੋ ਪਤਾ ਲੱਗੇ ਕੰਮ ਕਿੱਥੇ ਤੱਕ ਪਹੁੰਚਿਆ।
following-receipt = ਤੁਸੀਂ ਇੱਕ ਅਜਿਹੀ ਰਿਪੋਰਟ 'ਤੇ ਨਜ਼ਰ ਰੱਖ ਰਹੇ ਹੋ ਜੋ ਕੌਂਸਲ ਕੋਲ ਪਹਿਲਾਂ ਹੀ ਹੈ। ਕੁਝ ਨਵਾਂ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।
follow-failed = ਇਸ ਵੇਲੇ ਇਸ ਰਿਪੋਰਟ 'ਤੇ ਨਜ਼ਰ ਨਹੀਂ ਰੱਖੀ ਜਾ ਸਕਦੀ। ਤੁਸੀਂ ਖ਼ਤਮ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਆਪਣੀ ਰਿਪੋਰਟ ਵੀ ਭੇਜ ਸਕਦੇ ਹੋ।
places-looking = ਲੱਭ ਰਹੇ ਹਾਂ…
streets-none-buildings = ਉਸ ਗਲੀ 'ਤੇ ਕੋਈ ਘਰ ਜਾਂ ਇਮਾਰਤ ਦਰਜ ਨਹੀਂ ਹੈ। ਇਸ ਦੀ ਬਜਾਏ ਥਾਂ ਬਾਰੇ ਦੱਸੋ।
