# Frontdoor: words on screen, Portuguese (European Portuguese, plain words).
# NEEDS REVIEW: written by the Frontdoor team, not yet checked by a fluent
# speaker. Have a fluent Portuguese speaker review every line before live use.
# Message ids and variables match the source locale, en-GB.
# Plural categories for Portuguese: one, many (millions only), other.

## The language itself
language-name = Português
language-direction = ltr

## Every screen
language-button = Língua
language-close = Fechar
back = Voltar
start-again = Começar de novo
help-button = Pedir ajuda a um funcionário
help-asked-short = Vem alguém
help-asked-heading = Pedimos a um funcionário que venha ter consigo
help-asked-body = Fique aqui. Alguém vem ter consigo em breve. As suas respostas estão guardadas.
help-carry-on = Continuar sozinho
help-calling = A chamar um funcionário…
help-told-heading = Um funcionário foi avisado
help-told-body = Fique aqui. Alguém virá ter consigo em breve. As suas respostas ficam guardadas.
help-desk-heading = Pergunte no balcão de ajuda
help-desk-failed = Não conseguimos avisar nenhum funcionário a partir deste terminal. As suas respostas ficam guardadas.
help-desk-no-one-came = Ainda não veio ninguém. Lamentamos a espera. As suas respostas ficam guardadas.
help-desk-default = Pergunte no balcão principal e um funcionário irá ajudá-lo.
help-call-again = Chamar outra vez
continue = Continuar
finish = Terminar

## Read aloud
speech-start = Ler em voz alta
speech-stop = Parar de ler
speech-missing = A leitura em voz alta não está disponível neste terminal
speech-louder = Mais alto
speech-quieter = Mais baixo
speech-field = Caixa de texto

## Inactivity
idle-heading = Ainda está aí?
idle-body = Para proteger as suas informações, este ecrã vai ser limpo daqui a { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
idle-seconds = { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
idle-still-here = Ainda estou aqui

## Welcome
welcome-heading = Bem-vindo a { $site }
welcome-intro = Comunique um problema, faça um pedido ou informe a câmara de uma mudança. A maioria das coisas demora cerca de 5 minutos.
choose-language = Escolha a sua língua
choose-text-size = Escolha o tamanho do texto
size-standard = Normal
size-large = Grande
size-largest = Muito grande
choose-colours = Escolha as cores
colours-standard = Texto escuro sobre branco
colours-high-contrast = Texto claro sobre preto
start = Começar

## Services
services-heading = Em que precisa de ajuda?
search-open = Procurar um serviço
group-other = Outros serviços
group-count = { $count ->
    [one] { $count } serviço
   *[other] { $count } serviços
}
search-heading = Procurar um serviço
search-hint = Escreva uma palavra, como contentor, candeeiro ou imposto. Também pode escrever em inglês.
search-none = Nenhum serviço corresponde a «{ $query }». Experimente outra palavra ou volte atrás para ver todos os serviços.
search-count = { $count ->
    [one] Foi encontrado { $count } serviço
   *[other] Foram encontrados { $count } serviços
}

## Check progress
progress-open = Ver o andamento de um pedido
progress-heading = Ver o andamento de um pedido
progress-hint = Escreva a referência do seu recibo ou ponha o código QR do recibo debaixo do leitor. Uma referência tem 10 letras e números, como ACDE 346 79E.
progress-check = Ver andamento
progress-looking = A procurar o seu pedido.
progress-reference = Referência { $reference }
progress-waiting = O seu pedido está guardado neste terminal e à espera de ser enviado à câmara. Foi guardado às { $time } de { $date }. Será enviado quando a ligação voltar.
progress-parked = O seu pedido está guardado neste terminal, mas o sistema da câmara não o aceitou. Um funcionário vai resolver isto. Pergunte no balcão se quiser saber mais.
progress-sent-untracked = O seu pedido foi enviado à câmara. O sistema da câmara não dá notícias do andamento deste tipo de pedido.
progress-open-status = A câmara está a tratar do seu pedido.
progress-closed-status = A câmara terminou de tratar do seu pedido.
progress-notes = Última notícia: { $notes }
progress-agency = Quem trata: { $agency }
progress-offline = O seu pedido foi enviado à câmara, mas agora não conseguimos ligar ao sistema da câmara para ver o andamento. Tente mais tarde.
progress-not-here = Esta referência não foi feita neste terminal, por isso não é possível ver aqui o andamento. Pergunte a um funcionário ou telefone para a câmara.
progress-word-waiting = guardado aqui e à espera de ser enviado
progress-word-staff = à espera de um funcionário
progress-word-received = enviado para a câmara
progress-word-open = a ser tratado
progress-word-closed = concluído
progress-word-booked = marcada
progress-word-cancelled = cancelada
progress-glimpse = { $service }: { $status }.
progress-glimpse-more = Para ver mais, ou para imprimir o recibo outra vez, ponha o código QR do seu recibo debaixo do leitor, ou pergunte a um funcionário.
progress-glimpse-slip = Para registar a sua chegada, ponha o código QR do seu talão debaixo do leitor, ou pergunte a um funcionário.
progress-too-many = Nos últimos minutos, não foram encontradas aqui demasiadas referências. Tente outra vez daqui a { $minutes } minutos, ou pergunte a um funcionário.
error-reference-empty = Escreva a sua referência. Está impressa no seu recibo.
error-reference-length = Uma referência tem 10 letras e números. Escreveu { $count }.
error-reference-character = Uma referência não tem «{ $character }». Compare-a com o seu recibo.
error-reference-check = Esta referência não está certa. Compare cada letra e número com o seu recibo.

## Signposts
signpost-phone = Telefone
signpost-web = Site
signpost-visit = Morada
signpost-hours = Horário
signpost-photo = Pode tirar uma fotografia a este ecrã para guardar estes dados.

## Journey pages
step-of = Pergunta { $step } de { $total }
info-heading = Antes de continuar
optional-question = { $question } (opcional)
error-summary = Há um problema
postcode-heading = Qual é o código postal?
postcode-hint = Por exemplo, DE1 2AB.
postcode-unknown = Não sei o código postal
house-heading = Qual é o número ou o nome da casa?
house-hint = Por exemplo, 14 ou Rose Cottage. Se for um apartamento, escreva também o número do apartamento.
landmark-heading = Onde é?
landmark-hint = Descreva o local para que alguém o encontre. Por exemplo, em frente ao 12 da High Street ou junto ao portão do Victoria Park.
contact-heading = Como devemos contactá-lo sobre isto?
contact-hint = Só usamos os seus dados para este pedido.
contact-phone = Por telefone
contact-email = Por email
contact-none = Não me contactem
phone-heading = Qual é o seu número de telefone?
phone-hint = Um telefone fixo ou telemóvel do Reino Unido, como 01632 960 001 ou 07700 900 982.
email-heading = Qual é o seu email?
email-hint = Por exemplo, nome@example.com.
name-heading = Como se chama?

## Date picker
date-today = Hoje
date-yesterday = Ontem
skip-question = Saltar esta pergunta
date-unknown = Não sei a data
date-none-chosen = Ainda não escolheu uma data.
date-another = Uma data anterior
date-day-before = Dia anterior
date-day-after = Dia seguinte
date-month-before = Mês anterior
date-month-after = Mês seguinte
date-year-before = Ano anterior
date-year-after = Ano seguinte
date-long = { $weekday }, { $day } de { $month } de { $year }
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## On-screen keyboard
keyboard-hide = Esconder o teclado
keyboard-show = Mostrar o teclado
key-space = Espaço
key-delete = Apagar
key-clear = Apagar tudo
key-capitals = Maiúsculas
key-lower-case = Minúsculas
key-more-letters = Mais letras

## Errors: say what to do
error-enter-text = Escreva a sua resposta na caixa
error-enter-number = Escreva um número, como 2
error-whole-number = Escreva um número inteiro, como 2
error-number-range = Escreva um número de { $min } a { $max }
error-choose-one = Escolha uma das respostas
error-choose-at-least-one = Escolha pelo menos uma das respostas
error-date-not-future = A data tem de ser hoje ou antes
error-date-not-past = A data tem de ser hoje ou depois
error-too-long = A sua resposta pode ter no máximo { $max } caracteres. Agora tem { $typed }.
error-enter-postcode = Escreva o código postal ou escolha «Não sei o código postal»
error-postcode-format = Escreva um código postal completo do Reino Unido, como DE1 2AB
error-enter-house = Escreva o número ou o nome da casa
error-enter-landmark = Descreva onde é
error-choose-contact = Escolha como devemos contactá-lo
error-enter-phone = Escreva o seu número de telefone
error-phone-format = Escreva um telefone do Reino Unido, como 01632 960 001 ou 07700 900 982
error-enter-email = Escreva o seu email
error-email-format = Escreva um email com @, como nome@example.com
consent-text-reference = Enviar a minha referência por SMS
consent-email-reference = Enviar a minha referência por email
consent-remind = Lembrar-me por SMS no dia anterior
consent-updates = Avisar-me quando a câmara atualizar o meu pedido
notices-heading = Quer que lhe enviemos alguma coisa?
notices-hint = Marque o que quiser. Pode não marcar nada. Só enviamos o que marcar.
row-notices = Vamos enviar-lhe
notices-none = Nada
error-not-a-mobile = Só podemos enviar mensagens de texto para um telemóvel. Mude o seu número ou desmarque a mensagem.
receipt-notices = Pediu-nos para lhe enviar
appt-texts-heading = Quer uma mensagem de texto sobre esta marcação?
appt-text-details = Enviar-me os dados da marcação por mensagem
appt-texts-mobile-hint = Um número de telemóvel do Reino Unido, como 07700 900 982. Só o usamos para estas mensagens.
error-enter-mobile = Escreva o seu número de telemóvel
error-mobile-format = Escreva um número de telemóvel do Reino Unido, como 07700 900 982
error-enter-name = Escreva o seu nome

## Check your answers
check-heading = Confira as suas respostas
check-send-heading = Agora envie o seu pedido
check-send-body = Quando enviar, o pedido fica guardado neste terminal e depois é enviado à câmara.
send = Enviar
change = Alterar
not-given = Não indicado
row-postcode = Código postal
row-house = Número ou nome da casa
row-landmark = Onde é
row-contact-method = Como contactá-lo
row-phone = Número de telefone
row-email = Email
row-name = Nome

## Saving and confirmation
saving-heading = A guardar o seu pedido
saving-body = Demora um momento.
save-failed-heading = Não foi possível guardar o seu pedido
save-failed-body = Algo correu mal neste terminal. Nada foi enviado. As suas respostas continuam aqui: tente outra vez ou peça ajuda a um funcionário.
try-again = Tentar outra vez
confirmation-heading = Pedido guardado
your-reference = A sua referência é
reference-keep = Aponte a sua referência ou tire-lhe uma fotografia. Precisa dela para ver o andamento.
what-next = O que acontece a seguir
saved-here = O seu pedido está guardado neste terminal. Será enviado à câmara quando o terminal tiver ligação.
saved-will-send = O seu pedido está guardado neste terminal e será enviado à câmara já, ou logo que a ligação volte.
rating-question = Como correu a utilização deste terminal hoje?
rating-thanks = Obrigado pela sua opinião.
rating-very-good = Muito bem
rating-good = Bem
rating-neither = Nem bem nem mal
rating-poor = Mal
rating-very-poor = Muito mal

## Receipts and the printer
receipt-date-time = { $date }, às { $time }
receipt-saved = Guardado: { $when }
receipt-reference = A sua referência
receipt-scan = Leia este código com a câmara do telemóvel para ver o andamento do seu pedido.
receipt-scan-terminal = Para ver o andamento, escolha «Ver o andamento de um pedido» num terminal da câmara e ponha este código debaixo do leitor.
receipt-contact = Contactar a câmara
receipt-keep = Guarde este recibo. Não tem dados pessoais.
receipt-appointment = A sua marcação
receipt-appointment-place = Onde: { $place }
receipt-appointment-bring = Traga: { $items }
receipt-appointment-provisional = Esta marcação ainda não está confirmada, porque o terminal estava sem ligação. Os funcionários vão confirmá-la. Traga este papel consigo.
receipt-test = Teste da impressora
receipt-test-paper = Papel com { $dots } pontos de largura.
receipt-test-pound = O símbolo da libra: £5.00
receipt-test-qr = A câmara de um telemóvel deve ler este código como ACDE34679E.
printer-printing = A imprimir o seu recibo…
printer-printed = O seu recibo foi impresso. Tire-o da impressora.
printer-out-of-paper = A impressora não tem papel. O seu pedido está guardado. Aqui está a sua referência no ecrã — pode fotografar este código QR.
printer-cover-open = A tampa da impressora está aberta, por isso não pode imprimir. O seu pedido está guardado. Aqui está a sua referência no ecrã — pode fotografar este código QR.
printer-not-working = A impressora não está a funcionar agora. O seu pedido está guardado. Aqui está a sua referência no ecrã — pode fotografar este código QR.
printer-stopped = A impressora parou antes de acabar o seu recibo. O seu pedido está guardado. Aqui está a sua referência no ecrã — pode fotografar este código QR.
printer-none = Este terminal não imprime recibos. O seu pedido está guardado. Aqui está a sua referência no ecrã — pode fotografar este código QR.
print-again = Imprimir outra vez
receipt-photograph = Este código tem a sua referência. Pode tirar-lhe uma fotografia.
print-receipt = Imprimir um recibo

## Staff
staff-heading = Entrada de funcionários
staff-pin-hint = Escreva o seu PIN.
staff-number-hint = Escreva o seu número de funcionário.
staff-number-shown = Número de funcionário: { $number }
staff-next = Seguinte
staff-change-number = Mudar o número de funcionário
staff-wrong = O número de funcionário e o PIN não correspondem.
staff-wrong-left = Esse PIN não está certo para este número de funcionário. Tentativas antes de ser bloqueado: { $left }.
staff-account-locked = Este número de funcionário está bloqueado até às { $time }. Um administrador pode desbloqueá-lo antes.
staff-sign-in = Entrar
staff-cancel = Cancelar
staff-checking = A verificar…
staff-signed-in = Entrou: { $name }
staff-assist = Começar uma sessão com ajuda
staff-assisting = Sessão com ajuda de { $name }
staff-sign-out = Sair
staff-unavailable = A entrada de funcionários não está a funcionar neste terminal.

## The hub view (staff)
hub-open = Vista do centro
hub-heading = Este terminal
hub-today = Hoje
hub-week = Esta semana
hub-month = Este mês
hub-outbox = Pedidos neste terminal
hub-waiting = À espera de envio: { $count }
hub-sent = Enviados: { $count }
hub-attention = Recusados pelo sistema da câmara: { $count }
hub-retry = Enviar outra vez
hub-printer = Impressora
hub-printer-ok = A funcionar
hub-journeys = Pedidos
hub-started = Começados
hub-completed = Terminados
hub-abandoned = Deixados a meio
hub-abandoned-at = Mais vezes deixados em: { $step }
hub-assisted = Com ajuda de um assistente digital: { $percent }%
hub-help = Pedidos de ajuda: { $count }
hub-languages = Línguas
hub-satisfaction-heading = Satisfação
hub-satisfaction = { $percent }% das avaliações foram boas ou muito boas
hub-target-met = Meta { $target }%: cumprida
hub-target-missed = Meta { $target }%: não cumprida
hub-no-ratings = Ainda não há avaliações
hub-export = Guardar como CSV
hub-exported = Guardado em { $path }
hub-export-failed = Não foi possível guardar: { $reason }

## Appointments: check-in and the hub
progress-checked-in = Está registado para a sua marcação de { $type } às { $time }. Sente-se na sala de espera: um técnico vai chamá-lo.
progress-already-in = Já está registado para a sua marcação de { $type } às { $time }. Um técnico vai chamá-lo.
progress-other-day = A sua marcação de { $type } é em { $date } às { $time }, não hoje. Volte nesse dia ou pergunte a um funcionário.
progress-provisional = A sua marcação de { $type } em { $date } às { $time } ainda não está confirmada. Diga a um funcionário que chegou.
progress-conflict = Há um problema com a sua marcação de { $type }. Diga a um funcionário que chegou.
hub-appointments = Marcações de hoje
hub-no-appointments = Não há marcações hoje
hub-arrived = Chegou
hub-not-arrived = Ainda não chegou
hub-provisional = Ainda não confirmada
hub-conflict = Precisa de um funcionário: a hora foi ocupada

## Booking appointments
appt-kind-heading = Em que precisa de ajuda?
appt-length = cerca de { $minutes } min
appt-loading = A procurar horas livres…
appt-day-heading = Que dia lhe dá jeito?
appt-day-hint = Só aparecem os dias com uma hora livre.
appt-time-heading = Que hora lhe dá jeito?
appt-day-full = Já não há horas livres neste dia. Volte atrás e escolha outro dia.
appt-none = Não há horas livres nas próximas 4 semanas. Pergunte a um funcionário: pode ajudá-lo de outra forma.
appt-offline = Não é possível aceder à agenda do balcão agora. Pode marcar na mesma: a hora fica guardada neste terminal e um funcionário vai confirmá-la.
appt-lost = Alguém acabou de marcar as { $time }. A próxima hora livre é { $next }.
appt-lost-none = Alguém acabou de marcar essa hora e não há mais horas livres nas próximas 4 semanas.
appt-take-next = Marcar { $next }
appt-check-heading = Confirme a sua consulta
appt-what = Assunto
appt-when = Quando
appt-where = Onde
appt-bring = O que trazer
appt-book = Marcar esta consulta
appt-move = Mudar para esta hora
appt-other-time = Escolher outra hora
appt-booking = A marcar a sua consulta…
appt-failed = Não foi possível marcar a sua consulta. Por favor, peça ajuda a um funcionário.
appt-move-failed = A consulta não foi mudada: { $reason }
appt-move-heading = Mudar uma consulta
appt-booked-heading = A sua consulta está marcada
appt-provisional-heading = A sua consulta está reservada
appt-moved-heading = A consulta foi mudada
appt-provisional = Este terminal não conseguiu aceder à agenda do balcão, por isso a hora fica guardada aqui até um funcionário a confirmar. Traga o talão consigo.
slip-next-steps = Quando chegar, ponha o código QR deste talão debaixo do leitor do quiosque, ou mostre-o a um funcionário.
hub-book = Marcar uma consulta para um residente
hub-upcoming = Próximas consultas
hub-move = Mudar
hub-cancel = Cancelar
hub-cancel-confirm = Cancelar a consulta de { $type } às { $time } de { $date }?
hub-cancel-yes = Sim, cancelar
hub-cancel-no = Não, manter
hub-cancelled = A consulta foi cancelada e a hora está livre outra vez.
hub-cancel-failed = A consulta não foi cancelada: { $reason }
hub-network = Ligação à câmara
hub-network-none = Não há sistema da câmara configurado: os pedidos ficam neste terminal.
hub-network-waiting = Ainda não foi tentado.
hub-network-ok = O sistema da câmara respondeu às { $time }.
hub-network-down = O sistema da câmara não respondeu às { $time }. Os pedidos esperam aqui e seguem quando ele responder.
out-of-order = Este terminal não está a funcionar neste momento. Por favor, peça ajuda a um funcionário.
hub-exported-stick = Guardado na pen USB: { $path }

# Payments
pay-error-reference-missing = Introduza a referência da sua fatura ou carta.
pay-error-reference-pattern = Isto não parece a referência da sua fatura. Verifique e tente de novo.
pay-error-reference-check = Esta referência tem um erro de escrita. Compare cada número com a sua fatura.
pay-error-amount-low = Introduza pelo menos { $min }.
pay-error-amount-high = Introduza no máximo { $max }.
pay-error-amount-unreadable = Introduza o valor em libras e pence, por exemplo 12.50.
pay-error-quantity = Escolha de 1 a { $max }.
pay-progress-scan = Leia o código com a câmara do telemóvel para pagar. O código desaparece quando abrir a página de pagamento.
pay-progress-opened = Termine o pagamento no telemóvel. Este ecrã muda quando o pagamento estiver feito.
pay-progress-reader = Siga as instruções no leitor de cartões.
pay-progress-paid = Pago
pay-progress-declined = O pagamento foi recusado. Não foi cobrado dinheiro.
pay-progress-cancelled = O pagamento foi cancelado. Não foi cobrado dinheiro.
pay-progress-failed = O pagamento não foi concluído. Não foi cobrado dinheiro.
pay-progress-checking = Estamos a verificar com o serviço de pagamentos. Não pague outra vez.
pay-pin-needed = Vai precisar do seu PIN para este valor.
pay-cash-only = Os pagamentos com cartão e telemóvel não estão a funcionar agora. Pode pagar em dinheiro numa Post Office ou PayPoint.
pay-none-now = Não é possível pagar isto aqui agora. Peça ajuda a um funcionário.
pay-receipt-title = Recibo de pagamento
pay-receipt-paid-on = Pago em { $when }
pay-receipt-quantity = Quantidade: { $quantity }
pay-receipt-council-reference = Referência: { $reference }
pay-receipt-fund = Fundo: { $fund }
pay-receipt-amount = Valor pago
pay-receipt-vat = Inclui IVA a { $rate }%: { $vat }
pay-receipt-vat-number = Número de IVA: { $number }
pay-receipt-card = Cartão: { $brand } terminado em { $last4 }
pay-receipt-application = Aplicação: { $aid } { $name }
pay-receipt-authorisation = Código de autorização: { $code }
pay-receipt-verified-pin = Verificado com PIN
pay-receipt-verified-signature = Verificado com assinatura
pay-receipt-verified-device = Verificado no dispositivo do titular
pay-receipt-verified-none = Sem verificação do titular (sem contacto)
pay-receipt-verified-other = Verificação do titular conforme registada pelo leitor
pay-receipt-phone = Pago online com GOV.UK Pay
pay-receipt-transaction = Transação: { $id }
pay-receipt-payment-id = Número do pagamento: { $id }
pay-receipt-keep = Guarde este recibo como prova de pagamento.
pay-cash-title = Como pagar em dinheiro
pay-cash-amount = Valor a pagar: { $amount }
pay-cash-reference = A sua referência
pay-cash-where-heading = Onde pagar
pay-cash-where = Em qualquer balcão da Post Office, ou em qualquer loja com o sinal PayPoint.
pay-cash-how-heading = Como pagar
pay-cash-how = Leve a sua fatura ou o cartão de pagamento da câmara: no balcão leem o código de barras. Este talão não tem código de barras. Se não tiver a fatura, contacte primeiro a câmara.
pay-cash-not-paid = Este talão não é um recibo. Ainda não foi pago nada.
pay-cash-slip-printed = O seu talão para pagar foi impresso. Tire-o da impressora.
pay-cash-keep = Guarde este talão até ter pago.

## Paying at the kiosk: the pages
pay-open = Pagar à câmara
pay-what-heading = O que quer pagar?
pay-price-each = { $price } cada, até { $max } de cada vez
pay-price-range = Qualquer valor de { $min } a { $max }
pay-reference-heading = A referência na sua fatura ou carta
pay-reference-hint = Escreva-a como está impressa. Espaços e traços não importam.
pay-quantity-heading = Quantos quer?
pay-quantity-choice = { $quantity }: { $total }
pay-amount-heading = Quanto quer pagar?
pay-amount-hint = Escreva um valor de { $min } a { $max } em libras e pence, por exemplo 12.50.
pay-amount-to-pay = Valor a pagar: { $amount }
pay-check-heading = Verifique o seu pagamento
pay-row-item = O que está a pagar
pay-row-reference = Referência
pay-row-quantity = Quantidade
pay-row-amount = Valor
pay-row-payment-number = Número do pagamento
pay-total = Total a pagar: { $amount }
pay-total-vat = Inclui IVA de { $vat }.
pay-choose-how = Escolher como pagar
pay-how-heading = Como quer pagar?
pay-how-checking = A verificar que formas de pagamento estão a funcionar agora…
pay-method-phone = Pagar no seu telemóvel
pay-method-phone-hint = Leia um código com a câmara do telemóvel e pague numa página segura do GOV.UK.
pay-method-card = Pagar com cartão aqui
pay-method-card-hint = Use o leitor de cartões ao lado deste ecrã.
pay-method-cash = Pagar em dinheiro nos correios (Post Office) ou PayPoint
pay-method-cash-hint = Imprimimos um talão que diz onde e como pagar. Paga mais tarde.
pay-declined-twice = O seu cartão foi recusado duas vezes. Não foi cobrado nada. Escolha outra forma de pagar ou peça ajuda a um funcionário.
pay-starting = A preparar o seu pagamento…
pay-start-failed = Essa forma de pagamento não está a funcionar agora. Não foi cobrado nada. Escolha outra.
pay-phone-heading = Pagar no seu telemóvel
pay-card-heading = Pagar com cartão
pay-stop = Parar este pagamento
pay-stopping = A parar o pagamento…
pay-not-paid-heading = Não pago
pay-other-way = Escolher outra forma de pagar
pay-cash-heading = Pagar em dinheiro

## Hub view: today's payments
hub-payments = Pagamentos de hoje
hub-payments-none = Nenhum pagamento hoje.
hub-payments-failed = Não foi possível ler os pagamentos de hoje: { $reason }
hub-pay-count-unknown = Desconhecidos, a verificar com o serviço de pagamento: { $count }
hub-pay-count-under-way = A ser pagos agora: { $count }
hub-pay-count-not-posted = Pagos, ainda não passados à câmara: { $count }
hub-pay-count-posted = Pagos e passados à câmara: { $count }
hub-pay-count-not-paid = Não pagos (recusados, cancelados ou falhados): { $count }
hub-pay-unknown = desconhecido
hub-pay-under-way = a ser pago
hub-pay-not-posted = pago, ainda não passado
hub-pay-posted = pago e passado
hub-pay-not-paid = não pago

# Hub view: trends, help answer times, set-up and monitoring
hub-trends = As últimas 12 semanas
hub-chart-journeys = Pedidos iniciados e concluídos em cada semana
hub-chart-satisfaction = Satisfação em cada semana, em relação às metas de 85% e 95%
hub-chart-help = Pedidos de ajuda em cada semana e a parte dos pedidos feitos com um assistente digital
hub-legend-started = Iniciados
hub-legend-finished = Concluídos
hub-legend-satisfied = Satisfeitos (%)
hub-legend-target = Metas
hub-legend-help = Pedidos de ajuda
hub-legend-assisted = Com um assistente digital (%)
hub-week-line = Semana de { $date }: { $started } iniciados, { $finished } concluídos, { $satisfied }, { $help } pedidos de ajuda, { $assisted }% com um assistente digital.
hub-week-satisfied = { $percent }% satisfeitos
hub-week-no-ratings = sem avaliações
hub-help-answered = Chamadas de ajuda na semana de { $date }: { $calls } feitas, { $answered } atendidas. Metade foi atendida em { $median } minutos, 9 em 10 em { $p90 } minutos.
hub-help-none-answered = Chamadas de ajuda na semana de { $date }: { $calls } feitas, nenhuma atendida por um funcionário a entrar neste terminal.
hub-erase-soon = Pedidos recusados cujos dados pessoais serão apagados dentro de uma semana: { $count }. Envie-os novamente ou trate deles antes disso.
hub-setup = Configuração e monitorização
hub-setup-fetched = Versão de configuração { $version }, obtida da câmara às { $time } de { $date }.
hub-setup-local = Versão de configuração { $version }, do ficheiro próprio deste terminal.
hub-setup-refused = O último ficheiro { $file } da câmara não foi usado: { $reason }
hub-metrics-on = Os números para a monitorização da câmara estão disponíveis em { $address }.
hub-metrics-off = Os números para a monitorização da câmara estão desligados.
hub-metrics-failed = Os números para a monitorização da câmara não puderam começar: { $reason }
hub-help-calls = Chamadas de ajuda
hub-week-by-week = Semana a semana
## Addresses and streets from the gazetteer
addresses-heading = Escolha a morada em { $postcode }
address-not-listed = A minha morada não está na lista
addresses-none = Não encontrámos nenhuma morada em { $postcode }. Escreva o número ou o nome da casa.
street-heading = Em que rua é?
street-hint = Escreva o nome da rua, como Mill Lane, ou o código postal.
streets-heading = Escolha a rua
streets-none = Não encontrámos nenhuma rua chamada «{ $typed }». Descreva onde é.
street-in-town = { $street }, { $town }
near-heading = Perto de que número de { $street } é?
near-hint = Escolha a casa ou o edifício mais perto do problema.
describe-instead = Não encontro: descrever o local
row-address = Morada
row-street = Rua
row-near = Perto de
error-choose-address = Escolha a sua morada ou «A minha morada não está na lista»
error-enter-street = Escreva o nome da rua ou o código postal
error-choose-street = Escolha a rua ou descreva o local
error-choose-near = Escolha o número mais perto ou descreva o local

## Nearby reports
nearby-heading = Isto já foi comunicado?
nearby-hint = Estes problemas aqui perto já foram comunicados e estão a ser tratados. O seu é um deles?
nearby-none-of-these = Nenhum destes: é um problema novo
nearby-distance = a { $metres } m
nearby-reported = { $days ->
    [one] Comunicado há { $days } dia
   *[other] Comunicado há { $days } dias
}
nearby-reported-today = Comunicado hoje
nearby-out-of-date = Agora não conseguimos ligar ao sistema da câmara, por isso esta lista pode estar desatualizada.
already-reported-heading = Isto já foi comunicado
already-reported-body = A câmara sabe deste problema e está a tratar dele. Não precisa de o comunicar outra vez.
already-reported-follow = Imprimir o número para acompanhar o andamento
already-reported-add = Enviar também a minha comunicação
following-heading = Está a acompanhar esta participação
following-body = A câmara já tem esta participação. Guarde esta referência: escreva-a ou leia-a em Ver o andamento de um pedido para saber como está.
following-receipt = Está a acompanhar uma participação que a câmara já tem. Não foi enviado nada de novo.
follow-failed = Agora não é possível acompanhar esta participação. Pode terminar ou enviar também a sua.
places-looking = A procurar…
streets-none-buildings = Não há casas nem edifícios nessa rua. Descreva onde fica.
