# Frontdoor: words on screen, Spanish (plain words).
# NEEDS REVIEW: written by the Frontdoor team, not yet checked by a fluent
# speaker. Have a fluent Spanish speaker review every line before live use.
# Message ids and variables match the source locale, en-GB.
# Plural categories for Spanish: one, many (millions only), other.

## The language itself
language-name = Español
language-direction = ltr

## Every screen
language-button = Idioma
language-close = Cerrar
back = Atrás
start-again = Empezar de nuevo
help-button = Pedir ayuda al personal
help-asked-short = Viene alguien
help-asked-heading = Hemos pedido a una persona del personal que venga
help-asked-body = Quédese aquí. Alguien vendrá pronto. Sus respuestas están guardadas.
help-carry-on = Seguir yo solo
help-calling = Llamando a un miembro del personal…
help-told-heading = Hemos avisado a un miembro del personal
help-told-body = Quédese aquí. Alguien vendrá pronto. Sus respuestas se guardan.
help-desk-heading = Pregunte en el mostrador de ayuda
help-desk-failed = No hemos podido avisar a ningún miembro del personal desde este terminal. Sus respuestas se guardan.
help-desk-no-one-came = Todavía no ha venido nadie. Sentimos la espera. Sus respuestas se guardan.
help-desk-default = Pregunte en el mostrador principal y un miembro del personal le ayudará.
help-call-again = Llamar otra vez
continue = Continuar
finish = Terminar

## Read aloud
speech-start = Leer en voz alta
speech-stop = Dejar de leer
speech-missing = La lectura en voz alta no está disponible en este terminal
speech-louder = Más alto
speech-quieter = Más bajo
speech-field = Casilla de texto

## Inactivity
idle-heading = ¿Sigue ahí?
idle-body = Para proteger su información, esta pantalla se borrará en { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
idle-seconds = { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
idle-still-here = Sigo aquí

## Welcome
welcome-heading = Bienvenido a { $site }
welcome-intro = Informe de un problema, solicite algo o avise al ayuntamiento de un cambio. Casi todo se hace en unos 5 minutos.
choose-language = Elija su idioma
choose-text-size = Elija el tamaño del texto
size-standard = Normal
size-large = Grande
size-largest = Muy grande
choose-colours = Elija los colores
colours-standard = Texto oscuro sobre blanco
colours-high-contrast = Texto claro sobre negro
start = Empezar

## Services
services-heading = ¿Con qué necesita ayuda?
search-open = Buscar un servicio
group-other = Otros servicios
group-count = { $count ->
    [one] { $count } servicio
   *[other] { $count } servicios
}
search-heading = Buscar un servicio
search-hint = Escriba una palabra, como cubo, farola o impuesto. También sirven palabras en inglés.
search-none = Ningún servicio coincide con «{ $query }». Pruebe otra palabra o vuelva atrás para ver todos los servicios.
search-count = { $count ->
    [one] Se ha encontrado { $count } servicio
   *[other] Se han encontrado { $count } servicios
}

## Check progress
progress-open = Ver cómo va una solicitud
progress-heading = Ver cómo va una solicitud
progress-hint = Escriba la referencia de su recibo, o ponga el código QR del recibo bajo el lector. Una referencia tiene 10 letras y números, como ACDE 346 79E.
progress-check = Ver cómo va
progress-looking = Buscando su solicitud.
progress-reference = Referencia { $reference }
progress-waiting = Su solicitud está guardada en este terminal y espera a enviarse al ayuntamiento. Se guardó a las { $time } del { $date }. Se enviará cuando vuelva la conexión.
progress-parked = Su solicitud está guardada en este terminal, pero el sistema del ayuntamiento no la ha aceptado. Una persona del personal lo resolverá. Pregunte en el mostrador si quiere saber más.
progress-sent-untracked = Su solicitud se ha enviado al ayuntamiento. El sistema del ayuntamiento no da información de cómo va este tipo de solicitud.
progress-open-status = El ayuntamiento está tramitando su solicitud.
progress-closed-status = El ayuntamiento ha terminado de tramitar su solicitud.
progress-notes = Última novedad: { $notes }
progress-agency = La lleva: { $agency }
progress-offline = Su solicitud se envió al ayuntamiento, pero ahora no podemos conectar con su sistema para ver cómo va. Inténtelo más tarde.
progress-not-here = Esta referencia no se hizo en este terminal, así que aquí no se puede ver cómo va. Pregunte al personal o llame al ayuntamiento.
progress-word-waiting = guardada aquí y esperando a enviarse
progress-word-staff = esperando a un miembro del personal
progress-word-received = enviada al ayuntamiento
progress-word-open = en trámite
progress-word-closed = terminada
progress-word-booked = reservada
progress-word-cancelled = cancelada
progress-glimpse = { $service }: { $status }.
progress-glimpse-more = Para ver más detalles, o para imprimir el recibo otra vez, ponga el código QR de su recibo bajo el lector, o pregunte al personal.
progress-glimpse-slip = Para registrar su llegada, ponga el código QR de su resguardo bajo el lector, o pregunte al personal.
progress-too-many = En los últimos minutos no se han encontrado aquí demasiadas referencias. Vuelva a intentarlo dentro de { $minutes } minutos, o pregunte al personal.
error-reference-empty = Escriba su referencia. Está impresa en su recibo.
error-reference-length = Una referencia tiene 10 letras y números. Ha escrito { $count }.
error-reference-character = Una referencia no lleva «{ $character }». Compárela con su recibo.
error-reference-check = Esta referencia no es correcta. Compare cada letra y número con su recibo.

## Signposts
signpost-phone = Teléfono
signpost-web = Página web
signpost-visit = Dirección
signpost-hours = Horario
signpost-photo = Puede hacer una foto de esta pantalla para guardar estos datos.

## Journey pages
step-of = Pregunta { $step } de { $total }
info-heading = Antes de seguir
optional-question = { $question } (opcional)
error-summary = Hay un problema
postcode-heading = ¿Cuál es el código postal?
postcode-hint = Por ejemplo, DE1 2AB.
postcode-unknown = No sé el código postal
house-heading = ¿Cuál es el número o el nombre de la casa?
house-hint = Por ejemplo, 14 o Rose Cottage. Si es un piso, ponga también el número del piso.
landmark-heading = ¿Dónde está?
landmark-hint = Describa el sitio para que alguien pueda encontrarlo. Por ejemplo, delante del 12 de High Street, o junto a la puerta de Victoria Park.
contact-heading = ¿Cómo nos ponemos en contacto con usted sobre esto?
contact-hint = Solo usamos sus datos para esta solicitud.
contact-phone = Por teléfono
contact-email = Por correo electrónico
contact-none = No me contacten
phone-heading = ¿Cuál es su número de teléfono?
phone-hint = Un teléfono fijo o móvil del Reino Unido, como 01632 960 001 o 07700 900 982.
email-heading = ¿Cuál es su correo electrónico?
email-hint = Por ejemplo, nombre@example.com.
name-heading = ¿Cómo se llama?

## Date picker
date-today = Hoy
date-yesterday = Ayer
skip-question = Saltar esta pregunta
date-unknown = No sé la fecha
date-none-chosen = Todavía no ha elegido una fecha.
date-another = Una fecha anterior
date-day-before = Día anterior
date-day-after = Día siguiente
date-month-before = Mes anterior
date-month-after = Mes siguiente
date-year-before = Año anterior
date-year-after = Año siguiente
date-long = { $weekday } { $day } de { $month } de { $year }
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## On-screen keyboard
keyboard-hide = Ocultar el teclado
keyboard-show = Mostrar el teclado
key-space = Espacio
key-delete = Borrar
key-clear = Borrar todo
key-capitals = Mayúsculas
key-lower-case = Minúsculas
key-more-letters = Más letras

## Errors: say what to do
error-enter-text = Escriba su respuesta en la casilla
error-enter-number = Escriba un número, como 2
error-whole-number = Escriba un número entero, como 2
error-number-range = Escriba un número del { $min } al { $max }
error-choose-one = Elija una de las respuestas
error-choose-at-least-one = Elija al menos una de las respuestas
error-date-not-future = La fecha tiene que ser hoy o antes
error-date-not-past = La fecha tiene que ser hoy o después
error-too-long = Su respuesta puede tener como mucho { $max } caracteres. Ahora tiene { $typed }.
error-enter-postcode = Escriba el código postal, o elija «No sé el código postal»
error-postcode-format = Escriba un código postal completo del Reino Unido, como DE1 2AB
error-enter-house = Escriba el número o el nombre de la casa
error-enter-landmark = Describa dónde está
error-choose-contact = Elija cómo nos ponemos en contacto con usted
error-enter-phone = Escriba su número de teléfono
error-phone-format = Escriba un teléfono del Reino Unido, como 01632 960 001 o 07700 900 982
error-enter-email = Escriba su correo electrónico
error-email-format = Escriba un correo electrónico con @, como nombre@example.com
consent-text-reference = Enviarme mi referencia por SMS
consent-email-reference = Enviarme mi referencia por correo electrónico
consent-remind = Recordármelo por SMS el día anterior
consent-updates = Avisarme cuando el ayuntamiento actualice mi solicitud
notices-heading = ¿Quiere que le enviemos algo?
notices-hint = Marque lo que quiera. Puede no marcar nada. Solo enviamos lo que marque.
row-notices = Le enviaremos
notices-none = Nada
error-not-a-mobile = Solo podemos enviar mensajes de texto a un móvil. Cambie su número o desmarque el mensaje de texto.
receipt-notices = Nos pidió que le enviáramos
appt-texts-heading = ¿Quiere un mensaje de texto sobre esta cita?
appt-text-details = Enviarme los datos de la cita por mensaje de texto
appt-texts-mobile-hint = Un número de móvil del Reino Unido, como 07700 900 982. Solo lo usamos para estos mensajes.
error-enter-mobile = Escriba su número de móvil
error-mobile-format = Escriba un número de móvil del Reino Unido, como 07700 900 982
error-enter-name = Escriba su nombre

## Check your answers
check-heading = Revise sus respuestas
check-send-heading = Ahora envíe su solicitud
check-send-body = Al enviarla, se guarda en este terminal y después se envía al ayuntamiento.
send = Enviar
change = Cambiar
not-given = No lo ha dicho
row-postcode = Código postal
row-house = Número o nombre de la casa
row-landmark = Dónde está
row-contact-method = Cómo contactarle
row-phone = Número de teléfono
row-email = Correo electrónico
row-name = Nombre

## Saving and confirmation
saving-heading = Guardando su solicitud
saving-body = Tarda un momento.
save-failed-heading = No se ha podido guardar su solicitud
save-failed-body = Algo ha fallado en este terminal. No se ha enviado nada. Sus respuestas siguen aquí: inténtelo otra vez o pida ayuda al personal.
try-again = Intentar otra vez
confirmation-heading = Solicitud guardada
your-reference = Su referencia es
reference-keep = Apunte su referencia o hágale una foto. La necesita para ver cómo va.
what-next = Qué pasa ahora
saved-here = Su solicitud está guardada en este terminal. Se enviará al ayuntamiento cuando el terminal tenga conexión.
saved-will-send = Su solicitud está guardada en este terminal y se enviará al ayuntamiento ahora mismo, o en cuanto vuelva la conexión.
rating-question = ¿Qué tal le ha ido con este terminal hoy?
rating-thanks = Gracias por su opinión.
rating-very-good = Muy bien
rating-good = Bien
rating-neither = Ni bien ni mal
rating-poor = Mal
rating-very-poor = Muy mal

## Receipts and the printer
receipt-date-time = { $date }, a las { $time }
receipt-saved = Guardada: { $when }
receipt-reference = Su referencia
receipt-scan = Escanee este código con la cámara del móvil para ver cómo va su solicitud.
receipt-scan-terminal = Para ver cómo va, elija «Ver cómo va una solicitud» en un terminal del ayuntamiento y ponga este código bajo el lector.
receipt-contact = Contactar con el ayuntamiento
receipt-keep = Guarde este recibo. No lleva datos personales.
receipt-appointment = Su cita
receipt-appointment-place = Dónde: { $place }
receipt-appointment-bring = Traiga: { $items }
receipt-appointment-provisional = Esta cita aún no está confirmada, porque el terminal no tenía conexión. El personal la confirmará. Traiga este papel.
receipt-test = Prueba de impresora
receipt-test-paper = Papel de { $dots } puntos de ancho.
receipt-test-pound = El signo de libra: £5.00
receipt-test-qr = La cámara de un móvil debería leer este código como ACDE34679E.
printer-printing = Imprimiendo su recibo…
printer-printed = Su recibo se ha impreso. Recójalo de la impresora.
printer-out-of-paper = La impresora no tiene papel. Su solicitud está guardada. Aquí tiene su referencia en la pantalla: puede hacer una foto de este código QR.
printer-cover-open = La tapa de la impresora está abierta, así que no puede imprimir. Su solicitud está guardada. Aquí tiene su referencia en la pantalla: puede hacer una foto de este código QR.
printer-not-working = La impresora no funciona ahora mismo. Su solicitud está guardada. Aquí tiene su referencia en la pantalla: puede hacer una foto de este código QR.
printer-stopped = La impresora se paró antes de terminar su recibo. Su solicitud está guardada. Aquí tiene su referencia en la pantalla: puede hacer una foto de este código QR.
printer-none = Este terminal no imprime recibos. Su solicitud está guardada. Aquí tiene su referencia en la pantalla: puede hacer una foto de este código QR.
print-again = Imprimir otra vez
receipt-photograph = Este código lleva su referencia. Puede hacerle una foto.
print-receipt = Imprimir un recibo

## Staff
staff-heading = Acceso del personal
staff-pin-hint = Escriba su PIN.
staff-number-hint = Escriba su número de empleado.
staff-number-shown = Número de empleado: { $number }
staff-next = Siguiente
staff-change-number = Cambiar el número de empleado
staff-wrong = El número de empleado y el PIN no coinciden.
staff-wrong-left = Ese PIN no es correcto para este número de empleado. Intentos antes de bloquearlo: { $left }.
staff-account-locked = Este número de empleado está bloqueado hasta las { $time }. Un administrador puede desbloquearlo antes.
staff-sign-in = Entrar
staff-cancel = Cancelar
staff-checking = Comprobando…
staff-signed-in = Ha entrado: { $name }
staff-assist = Empezar una sesión con ayuda
staff-assisting = Sesión con ayuda de { $name }
staff-sign-out = Salir
staff-unavailable = El acceso del personal no funciona en este terminal.

## The hub view (staff)
hub-open = Vista del centro
hub-heading = Este terminal
hub-today = Hoy
hub-week = Esta semana
hub-month = Este mes
hub-outbox = Solicitudes en este terminal
hub-waiting = Esperando envío: { $count }
hub-sent = Enviadas: { $count }
hub-attention = Rechazadas por el sistema del ayuntamiento: { $count }
hub-retry = Enviar otra vez
hub-printer = Impresora
hub-printer-ok = Funciona
hub-journeys = Trámites
hub-started = Empezados
hub-completed = Terminados
hub-abandoned = Dejados a medias
hub-abandoned-at = Donde más se dejan: { $step }
hub-assisted = Con ayuda de un asistente digital: { $percent }%
hub-help = Peticiones de ayuda: { $count }
hub-languages = Idiomas
hub-satisfaction-heading = Satisfacción
hub-satisfaction = El { $percent }% de las valoraciones fueron buenas o muy buenas
hub-target-met = Objetivo { $target }%: cumplido
hub-target-missed = Objetivo { $target }%: no cumplido
hub-no-ratings = Aún no hay valoraciones
hub-export = Guardar como CSV
hub-exported = Guardado en { $path }
hub-export-failed = No se pudo guardar: { $reason }

## Appointments: check-in and the hub
progress-checked-in = Ya consta su llegada para su cita de { $type } a las { $time }. Siéntese en la sala de espera: un asesor le llamará.
progress-already-in = Su llegada para la cita de { $type } a las { $time } ya consta. Un asesor le llamará.
progress-other-day = Su cita de { $type } es el { $date } a las { $time }, no hoy. Vuelva ese día o pregunte al personal.
progress-provisional = Su cita de { $type } del { $date } a las { $time } aún no está confirmada. Diga al personal que ha llegado.
progress-conflict = Hay un problema con su cita de { $type }. Diga al personal que ha llegado.
hub-appointments = Citas de hoy
hub-no-appointments = No hay citas hoy
hub-arrived = Ha llegado
hub-not-arrived = Aún no ha llegado
hub-provisional = Aún sin confirmar
hub-conflict = Necesita personal: la hora estaba ocupada

## Booking appointments
appt-kind-heading = ¿En qué necesita ayuda?
appt-length = unos { $minutes } min
appt-loading = Buscando horas libres…
appt-day-heading = ¿Qué día le viene bien?
appt-day-hint = Solo aparecen los días con alguna hora libre.
appt-time-heading = ¿Qué hora le viene bien?
appt-day-full = Ya no quedan horas libres este día. Vuelva atrás y elija otro día.
appt-none = No hay horas libres en las próximas 4 semanas. Pregunte a un miembro del personal: le pueden ayudar de otra manera.
appt-offline = Ahora no se puede acceder a la agenda del centro. Puede pedir cita igualmente: la hora queda guardada en este terminal y el personal la confirmará.
appt-lost = Alguien acaba de reservar las { $time }. La próxima hora libre es { $next }.
appt-lost-none = Alguien acaba de reservar esa hora y no quedan más horas libres en las próximas 4 semanas.
appt-take-next = Reservar { $next }
appt-check-heading = Revise su cita
appt-what = Asunto
appt-when = Cuándo
appt-where = Dónde
appt-bring = Qué traer
appt-book = Reservar esta cita
appt-move = Cambiar a esta hora
appt-other-time = Elegir otra hora
appt-booking = Reservando su cita…
appt-failed = No se ha podido reservar su cita. Por favor, pregunte a un miembro del personal.
appt-move-failed = La cita no se ha cambiado: { $reason }
appt-move-heading = Cambiar una cita
appt-booked-heading = Su cita está reservada
appt-provisional-heading = Su cita está apartada
appt-moved-heading = La cita se ha cambiado
appt-provisional = Este terminal no ha podido acceder a la agenda del centro, así que la hora queda guardada aquí hasta que el personal la confirme. Traiga su resguardo.
slip-next-steps = Al llegar, ponga el código QR de este resguardo bajo el lector del quiosco, o enséñeselo al personal.
hub-book = Pedir cita para un vecino
hub-upcoming = Próximas citas
hub-move = Cambiar
hub-cancel = Cancelar
hub-cancel-confirm = ¿Cancelar la cita de { $type } a las { $time } del { $date }?
hub-cancel-yes = Sí, cancelarla
hub-cancel-no = No, mantenerla
hub-cancelled = La cita está cancelada y su hora vuelve a estar libre.
hub-cancel-failed = La cita no se ha cancelado: { $reason }
hub-network = Conexión con el ayuntamiento
hub-network-none = No hay un sistema del ayuntamiento configurado: las solicitudes se quedan en este terminal.
hub-network-waiting = Todavía no se ha intentado.
hub-network-ok = El sistema del ayuntamiento respondió a las { $time }.
hub-network-down = El sistema del ayuntamiento no respondió a las { $time }. Las solicitudes esperan aquí y se envían cuando responda.
out-of-order = Este terminal no funciona en este momento. Por favor, pida ayuda a un miembro del personal.
hub-exported-stick = Guardado en la memoria USB: { $path }

# Payments
pay-error-reference-missing = Escriba la referencia de su factura o carta.
pay-error-reference-pattern = Esto no parece la referencia de su factura. Revísela e inténtelo de nuevo.
pay-error-reference-check = Esta referencia tiene un error de escritura. Compare cada número con su factura.
pay-error-amount-low = Escriba al menos { $min }.
pay-error-amount-high = Escriba como máximo { $max }.
pay-error-amount-unreadable = Escriba el importe en libras y peniques, por ejemplo 12.50.
pay-error-quantity = Elija de 1 a { $max }.
pay-progress-scan = Escanee el código con la cámara del móvil para pagar. El código desaparece cuando abra la página de pago.
pay-progress-opened = Termine de pagar en su móvil. Esta pantalla cambiará cuando el pago esté hecho.
pay-progress-reader = Siga las instrucciones del lector de tarjetas.
pay-progress-paid = Pagado
pay-progress-declined = El pago fue rechazado. No se cobró dinero.
pay-progress-cancelled = El pago fue cancelado. No se cobró dinero.
pay-progress-failed = El pago no se completó. No se cobró dinero.
pay-progress-checking = Estamos comprobando con el servicio de pagos. No pague otra vez.
pay-pin-needed = Necesitará su PIN para este importe.
pay-cash-only = Los pagos con tarjeta y móvil no funcionan ahora. Puede pagar en efectivo en una Post Office o en PayPoint.
pay-none-now = Ahora no se puede pagar esto aquí. Pida ayuda a un empleado.
pay-receipt-title = Recibo de pago
pay-receipt-paid-on = Pagado el { $when }
pay-receipt-quantity = Cantidad: { $quantity }
pay-receipt-council-reference = Referencia: { $reference }
pay-receipt-fund = Fondo: { $fund }
pay-receipt-amount = Importe pagado
pay-receipt-vat = Incluye IVA al { $rate }%: { $vat }
pay-receipt-vat-number = Número de IVA: { $number }
pay-receipt-card = Tarjeta: { $brand } que termina en { $last4 }
pay-receipt-application = Aplicación: { $aid } { $name }
pay-receipt-authorisation = Código de autorización: { $code }
pay-receipt-verified-pin = Verificado con PIN
pay-receipt-verified-signature = Verificado con firma
pay-receipt-verified-device = Verificado en el dispositivo del titular
pay-receipt-verified-none = Sin verificación del titular (sin contacto)
pay-receipt-verified-other = Verificación del titular según la registró el lector
pay-receipt-phone = Pagado en línea con GOV.UK Pay
pay-receipt-transaction = Transacción: { $id }
pay-receipt-payment-id = Número de pago: { $id }
pay-receipt-keep = Guarde este recibo como prueba de pago.
pay-cash-title = Cómo pagar en efectivo
pay-cash-amount = Importe a pagar: { $amount }
pay-cash-reference = Su referencia
pay-cash-where-heading = Dónde pagar
pay-cash-where = En cualquier mostrador de Post Office, o en cualquier tienda con el cartel PayPoint.
pay-cash-how-heading = Cómo pagar
pay-cash-how = Lleve su factura o la tarjeta de pago del ayuntamiento: en el mostrador escanean su código de barras. Este papel no tiene código de barras. Si no tiene la factura, contacte primero con el ayuntamiento.
pay-cash-not-paid = Este papel no es un recibo. Todavía no se ha pagado nada.
pay-cash-slip-printed = Su papel para pagar se ha impreso. Recójalo de la impresora.
pay-cash-keep = Guarde este papel hasta que haya pagado.

## Paying at the kiosk: the pages
pay-open = Pagar al ayuntamiento
pay-what-heading = ¿Qué quiere pagar?
pay-price-each = { $price } cada uno, hasta { $max } a la vez
pay-price-range = Cualquier importe de { $min } a { $max }
pay-reference-heading = La referencia de su factura o carta
pay-reference-hint = Escríbala tal como aparece impresa. Los espacios y guiones no importan.
pay-quantity-heading = ¿Cuántos quiere?
pay-quantity-choice = { $quantity }: { $total }
pay-amount-heading = ¿Cuánto quiere pagar?
pay-amount-hint = Escriba un importe de { $min } a { $max } en libras y peniques, por ejemplo 12.50.
pay-amount-to-pay = Importe a pagar: { $amount }
pay-check-heading = Revise su pago
pay-row-item = Lo que paga
pay-row-reference = Referencia
pay-row-quantity = Cantidad
pay-row-amount = Importe
pay-row-payment-number = Número de pago
pay-total = Total a pagar: { $amount }
pay-total-vat = Incluye IVA de { $vat }.
pay-choose-how = Elegir cómo pagar
pay-how-heading = ¿Cómo quiere pagar?
pay-how-checking = Comprobando qué formas de pago funcionan ahora…
pay-method-phone = Pagar con su teléfono
pay-method-phone-hint = Escanee un código con la cámara de su teléfono y pague en una página segura de GOV.UK.
pay-method-card = Pagar con tarjeta aquí
pay-method-card-hint = Use el lector de tarjetas que está junto a esta pantalla.
pay-method-cash = Pagar en efectivo en una oficina de correos (Post Office) o PayPoint
pay-method-cash-hint = Imprimimos un papel que dice dónde y cómo pagar. Usted paga después.
pay-declined-twice = Su tarjeta ha sido rechazada dos veces. No se ha cobrado nada. Elija otra forma de pago o pida ayuda a un miembro del personal.
pay-starting = Preparando su pago…
pay-start-failed = Esa forma de pago no funciona ahora mismo. No se ha cobrado nada. Elija otra.
pay-phone-heading = Pagar con su teléfono
pay-card-heading = Pagar con tarjeta
pay-stop = Detener este pago
pay-stopping = Deteniendo el pago…
pay-not-paid-heading = No pagado
pay-other-way = Elegir otra forma de pago
pay-cash-heading = Pagar en efectivo

## Hub view: today's payments
hub-payments = Pagos de hoy
hub-payments-none = No hay pagos hoy.
hub-payments-failed = No se pudieron leer los pagos de hoy: { $reason }
hub-pay-count-unknown = Desconocidos, en comprobación con el servicio de pago: { $count }
hub-pay-count-under-way = Pagándose ahora: { $count }
hub-pay-count-not-posted = Pagados, aún no pasados al ayuntamiento: { $count }
hub-pay-count-posted = Pagados y pasados al ayuntamiento: { $count }
hub-pay-count-not-paid = No pagados (rechazados, cancelados o fallidos): { $count }
hub-pay-unknown = desconocido
hub-pay-under-way = pagándose
hub-pay-not-posted = pagado, sin pasar aún
hub-pay-posted = pagado y pasado
hub-pay-not-paid = no pagado

# Hub view: trends, help answer times, set-up and monitoring
hub-trends = Las últimas 12 semanas
hub-chart-journeys = Trámites iniciados y terminados cada semana
hub-chart-satisfaction = Satisfacción cada semana, frente a los objetivos del 85% y el 95%
hub-chart-help = Peticiones de ayuda cada semana y la parte de trámites con un asistente digital
hub-legend-started = Iniciados
hub-legend-finished = Terminados
hub-legend-satisfied = Satisfechos (%)
hub-legend-target = Objetivos
hub-legend-help = Peticiones de ayuda
hub-legend-assisted = Con un asistente digital (%)
hub-week-line = Semana del { $date }: { $started } iniciados, { $finished } terminados, { $satisfied }, { $help } peticiones de ayuda, { $assisted }% con un asistente digital.
hub-week-satisfied = { $percent }% satisfechos
hub-week-no-ratings = sin valoraciones
hub-help-answered = Llamadas de ayuda en la semana del { $date }: { $calls } hechas, { $answered } atendidas. La mitad se atendió en { $median } minutos, 9 de cada 10 en { $p90 } minutos.
hub-help-none-answered = Llamadas de ayuda en la semana del { $date }: { $calls } hechas, ninguna atendida por un empleado que entrara en este terminal.
hub-erase-soon = Solicitudes rechazadas cuyos datos personales se borrarán en una semana: { $count }. Envíelas de nuevo u ocúpese de ellas antes.
hub-setup = Configuración y supervisión
hub-setup-fetched = Versión de configuración { $version }, obtenida del ayuntamiento a las { $time } del { $date }.
hub-setup-local = Versión de configuración { $version }, del propio archivo de este terminal.
hub-setup-refused = El último archivo { $file } del ayuntamiento no se usó: { $reason }
hub-metrics-on = Las cifras para la supervisión del ayuntamiento se sirven en { $address }.
hub-metrics-off = Las cifras para la supervisión del ayuntamiento están apagadas.
hub-metrics-failed = Las cifras para la supervisión del ayuntamiento no pudieron empezar: { $reason }
hub-help-calls = Llamadas de ayuda
hub-week-by-week = Semana a semana
## Addresses and streets from the gazetteer
addresses-heading = Elija la dirección en { $postcode }
address-not-listed = Mi dirección no está en la lista
addresses-none = No encontramos ninguna dirección en { $postcode }. Escriba el número o el nombre de la casa.
street-heading = ¿En qué calle está?
street-hint = Escriba el nombre de la calle, como Mill Lane, o el código postal.
streets-heading = Elija la calle
streets-none = No encontramos ninguna calle llamada «{ $typed }». Describa dónde está.
street-in-town = { $street }, { $town }
near-heading = ¿Cerca de qué número de { $street } está?
near-hint = Elija la casa o el edificio más cercano al problema.
describe-instead = No lo encuentro: describir el lugar
row-address = Dirección
row-street = Calle
row-near = Cerca de
error-choose-address = Elija su dirección o «Mi dirección no está en la lista»
error-enter-street = Escriba el nombre de la calle o el código postal
error-choose-street = Elija la calle o describa el lugar
error-choose-near = Elija el número más cercano o describa el lugar

## Nearby reports
nearby-heading = ¿Ya se ha avisado de esto?
nearby-hint = Ya se ha avisado de estos problemas cercanos y se están resolviendo. ¿Está el suyo entre ellos?
nearby-none-of-these = Ninguno: es un problema nuevo
nearby-distance = a { $metres } m
nearby-reported = { $days ->
    [one] Avisado hace { $days } día
   *[other] Avisado hace { $days } días
}
nearby-reported-today = Avisado hoy
nearby-out-of-date = Ahora no podemos conectar con el sistema del ayuntamiento, así que esta lista puede no estar al día.
already-reported-heading = Ya se ha avisado de esto
already-reported-body = El ayuntamiento conoce este problema y se está ocupando de él. No hace falta que vuelva a avisar.
already-reported-follow = Imprimir su número para seguir cómo va
already-reported-add = Enviar también mi aviso
following-heading = Está siguiendo este aviso
following-body = El ayuntamiento ya tiene este aviso. Guarde esta referencia: escríbala o escanéela en Ver cómo va una solicitud para saber cómo avanza.
following-receipt = Está siguiendo un aviso que el ayuntamiento ya tiene. No se envió nada nuevo.
follow-failed = Ahora no se puede seguir este aviso. Puede terminar o enviar también su aviso.
places-looking = Buscando…
streets-none-buildings = No hay casas ni edificios en esa calle. Describa dónde está.
