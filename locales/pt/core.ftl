### Words the core hands to every adapter: command help and the names of things.

## Help: one entry per command in core/src/command/catalogue.rs, "usage — what it does".
## Commands with several forms have one line per form; the first line is the everyday one.
## Command names and their keywords (new, add, list, csv...) stay in English: the parser
## only understands those. Words in capitals are for the person to fill in.

help-start = /start — registar-se, ou recomeçar do início
help-help = /help [COMMAND] — ver o que pode fazer, ou como usar um comando
help-sprint =
    /sprint [N] — ver o sprint aberto, ou o sprint N
    /sprint new OPENS CLOSES Título | descrição — planear um novo sprint (datas como 2026-06-30)
    /sprint window N OPENS CLOSES — mudar as datas de abertura e de fecho do sprint N
    /sprint target N DAYS|default — dar ao sprint N o seu próprio prazo de resposta em dias úteis, ou voltar ao do serviço
help-sprints = /sprints — listar todos os sprints e a fase de cada um
help-challenges = /challenges [SPRINT] — ver os desafios a que pode responder
help-idea = /idea — partilhar uma ideia, uma experiência ou uma boa prática (vamos fazer algumas perguntas curtas)
help-ideas = /ideas [top|new|mine] [PAGE] — ver ideias: as mais apoiadas, as mais recentes ou as suas
help-show = /show N — ler a ideia N e os comentários
help-support = /support N — apoiar uma ideia com que concorda
help-unsupport = /unsupport N — retirar o seu apoio a uma ideia
help-comment = /comment N o seu comentário — comentar a ideia N
help-reply = /reply cN a sua resposta — responder a um comentário (por exemplo, /reply c34 Concordo)
help-follow = /follow N — receber novidades sobre a ideia N
help-unfollow = /unfollow N — deixar de receber novidades sobre a ideia N
help-subscribe = /subscribe weekly|daily|off — escolher com que frequência recebe o resumo (semanal, diário ou nunca)
help-pause = /pause DAYS — suspender as suas notificações até 90 dias; /pause off volta a ativá-las
help-timezone = /timezone ZONE — receber os resumos e ter as horas de silêncio no seu fuso horário (p. ex. /timezone Europe/Lisbon); /timezone off usa o fuso do serviço
help-mute = /mute IDEA — deixar de receber notificações sobre uma ideia
help-unmute = /unmute IDEA — voltar a receber notificações sobre essa ideia
help-language = /language [CÓDIGO] — ver os idiomas, ou escolher o seu (pt, en, cy, pl, ro, pa, ur, ar)
help-link = /link [CODE] — associar as suas contas noutras aplicações de mensagens: envie /link para receber um código e depois /link CODE na outra aplicação
help-mydata = /mydata — ver todos os dados que guardamos a seu respeito
help-forgetme = /forgetme — apagar os seus dados; o que enviou fica, mas aparece como sendo de «um antigo membro»
help-review = /review — ver as próximas ideias e comentários à espera de revisão
help-approve = /approve N|cN — publicar uma ideia (12) ou um comentário (c34) retido para revisão
help-respond = /respond N|cN a sua resposta — responder a uma ideia ou a um comentário como dinamizador
help-hide = /hide N|cN motivo — ocultar uma ideia ou um comentário que não cumpre as regras, indicando o motivo
help-restore = /restore N|cN — voltar a mostrar uma ideia ou um comentário oculto
help-awaiting = /awaiting — listar os comentários que ainda aguardam resposta de um dinamizador
help-stats = /stats [SPRINT] — ver os números de um sprint: pessoas, ideias, apoios e comentários
help-outcomes = /outcomes [SPRINT] — ver o que foi feito das ideias: os resultados registados pela equipa, com as respetivas notas
help-claim = /claim CODE — tornar-se coautor de uma ideia que um dinamizador registou em nome do seu grupo, e saber o que vai ser feito dela
help-updates = /updates [SPRINT] — ler as atualizações da equipa do sprint, das mais recentes para as mais antigas
help-web = /web — receber uma ligação para iniciar sessão no painel da equipa na web (enviada em privado, funciona uma única vez)
help-capture = /capture NOME|off — registar ideias em nome de um grupo (uma reunião rápida, uma visita médica): cada uma recebe um código de coautoria para quem lá esteve
help-merge = /merge N M — fundir a ideia duplicada N com a ideia M (os apoios passam para M)
help-challenge = /challenge add SPRINT Título | descrição — acrescentar um desafio a um sprint
help-theme =
    /theme new SPRINT Nome | descrição — criar um tema
    /theme add THEME IDEA — pôr uma ideia num tema
    /theme list [SPRINT] — listar os temas
help-bigidea =
    /bigidea new SPRINT THEME,THEME Título | descrição — criar uma Grande Ideia a partir de temas
    /bigidea stage N STAGE — passar a Grande Ideia N para uma nova fase
    /bigidea list [SPRINT] — listar as Grandes Ideias
help-outcome = /outcome N|bN OUTCOME nota — registar o que foi feito da ideia N ou da Grande Ideia bN e avisar todas as pessoas por trás dela (OUTCOME: under-consideration, prototyping, testing, adopted, scaled-and-spread ou not-taken-forward, que exige uma nota a explicar porquê)
# «digest» is the command's keyword, which the parser only knows in English; it is written as a
# literal so the glossary check (which avoids digest as the Portuguese word) reads past it.
help-update = /update — escrever às pessoas do sprint, passo a passo: enviar já a todos os subscritores, ou pôr no topo do próximo resumo (numa só linha: /update now|{"digest"} Título | texto [| ligação [| título em galês | texto em galês]])
help-stage =
    /stage sprint N STAGE — fazer avançar o sprint N (draft, open, closed, theming, prototyping, testing, scale and spread, archived)
    /stage idea N STAGE — indicar até onde chegou a ideia N (submitted, themed, prototyping, testing, scale and spread, not taken forward)
help-ban = /ban MEMBER motivo — impedir um membro de enviar conteúdos (continua a poder ler)
help-unban = /unban MEMBER — permitir que um membro volte a enviar conteúdos
help-export = /export [SPRINT] [ideas|updates|responses] [csv|json] [withheld] — descarregar as ideias públicas (ou as atualizações da equipa, ou o tempo que cada comentário esperou por resposta), em CSV (formato predefinido) ou JSON; os administradores podem acrescentar withheld para incluir também as retidas e as ocultas, assinaladas
help-audit = /audit — ver as ações de moderação mais recentes e quem as tomou
help-announce = /announce [CHALLENGE] — num grupo ou tópico: anunciar aqui as novas ideias do sprint atual (ou de um desafio); /announce off para parar
help-deliveries = /deliveries — a fila de notificações: quantas aguardam, quantas foram enviadas ou postas de parte, e porque falharam as últimas postas de parte
help-role = /role MEMBER member|champion|moderator|admin — atribuir uma função a um membro

## Names of things, each chosen by one argument (the stored word).

role-name =
    { $role ->
        [member] Membro
        [champion] Dinamizador
        [moderator] Moderador
       *[admin] Administrador
    }

sprint-stage-name =
    { $stage ->
        [draft] Em preparação
        [open] Aberto a ideias
        [closed] Fechado a novas ideias
        [theming] Agrupamento em temas
        [prototyping] Prototipagem
        [testing] Testes
        [scale_and_spread] Expansão e disseminação
       *[archived] Arquivado
    }

development-stage-name =
    { $stage ->
        [submitted] Enviada
        [themed] Agrupada num tema
        [prototyping] Prototipagem
        [testing] Testes
        [scale_and_spread] Expansão e disseminação
       *[not_taken_forward] Não vai avançar
    }

idea-kind-name =
    { $kind ->
        [experience] Experiência
        [good_practice] Boa prática
       *[idea] Ideia
    }

describes-name =
    { $describes ->
        [staff] Profissional do NHS
        [patient] Paciente ou utente dos serviços
        [carer] Cuidador ou familiar
        [lived_experience] Parceiro com experiência vivida
        [partner_organisation] Organização parceira
       *[other] Outro
    }

digest-name =
    { $frequency ->
        [weekly] Semanal
        [daily] Diário
       *[off] Desativado
    }

pii-kind-name =
    { $kind ->
        [nhs_number] número do NHS
        [phone_number] número de telefone
        [email] endereço de e-mail
        [postcode] código postal com um nome
       *[date_of_birth] data de nascimento
    }

visibility-name =
    { $visibility ->
        [pending] À espera de revisão
        [visible] Publicada
        [hidden] Oculta
       *[merged] Fundida com outra
    }

origin-name =
    { $origin ->
        [telegram] Telegram
        [discord] Discord
        [console] Consola
       *[other] Importada
    }

# Shown instead of the name of someone who asked to be forgotten.
former-member = um antigo membro
# Who a captured idea is by, on its card and page: the group, never the champion who typed it.
# It fills “por { $author }” in idea-meta, so it starts without an article (“por o grupo” would be wrong).
idea-by-group = todo o grupo da sessão { $session }

## Announcements in groups and topics

announce-group-only = /announce funciona numa conversa de grupo ou num tópico: adicione lá o bot e envie o comando nessa conversa.
announce-tied = As novas ideias para «{ $title }» vão ser anunciadas aqui.
announce-untied = As novas ideias deixam de ser anunciadas aqui.
announce-not-tied = Não estava a ser anunciado nada aqui.
announce-heading = 💡 Nova ideia

## Notifications: what people hear about their ideas, comments and sprints

notify-idea-approved = ✅ A sua ideia #{ $id } «{ $title }» foi revista e está publicada.
notify-idea-held = ⏸ A sua ideia #{ $id } «{ $title }» fica retida até a equipa a rever, porque pode conter dados pessoais ({ $reasons }).
notify-idea-hidden = 🙈 A sua ideia #{ $id } «{ $title }» foi ocultada pela equipa: { $reason }
notify-idea-merged = 🔗 A sua ideia #{ $id } «{ $title }» foi fundida com a ideia #{ $into } «{ $into_title }». Os apoiantes passaram para essa ideia.
notify-idea-themed = 🏷 A sua ideia #{ $id } «{ $title }» faz agora parte do tema «{ $theme }».
notify-idea-stage = 🚀 A ideia #{ $id } «{ $title }» passou a uma nova fase: { $stage }.
notify-comment-hidden = 🙈 O seu comentário c{ $comment } na ideia #{ $idea } foi ocultado pela equipa: { $reason }
notify-response-to-comment = 💬 A equipa respondeu ao seu comentário na ideia #{ $id } «{ $title }».
notify-response-to-idea = 💬 A equipa respondeu à sua ideia #{ $id } «{ $title }».
notify-reply-to-comment = 💬 Alguém respondeu ao seu comentário na ideia #{ $id } «{ $title }».
notify-still-with-team = ⏳ O seu comentário na ideia #{ $id } «{ $title }» continua nas mãos da equipa do sprint. Não foi esquecido: vai saber assim que a equipa responder.
# Os lembretes da promessa de resposta à equipa do sprint: a manhã de trabalho de um dinamizador,
# a segunda-feira de um moderador. A seguir ao título vem uma linha por comentário; $left e
# $waited são durações («3 horas», «6 dias»).
notify-responses-nearing =
    { $count ->
        [one] ⏰ { $count } comentário está perto do prazo de resposta ({ $days ->
            [one] { $days } dia útil
           *[other] { $days } dias úteis
        }):
       *[other] ⏰ { $count } comentários estão perto do prazo de resposta ({ $days ->
            [one] { $days } dia útil
           *[other] { $days } dias úteis
        }):
    }
notify-responses-overdue =
    { $count ->
        [one] 🗓️ Lista de atrasos desta semana: { $count } comentário esperou mais do que o prazo de resposta ({ $days ->
            [one] { $days } dia útil
           *[other] { $days } dias úteis
        }):
       *[other] 🗓️ Lista de atrasos desta semana: { $count } comentários esperaram mais do que o prazo de resposta ({ $days ->
            [one] { $days } dia útil
           *[other] { $days } dias úteis
        }):
    }
notify-nearing-line = • c{ $comment } em #{ $id } «{ $title }»: o prazo termina dentro de { $left }
notify-overdue-line = • c{ $comment } em #{ $id } «{ $title }»: à espera há { $waited }
notify-waiting-more = …e mais { $count }.
notify-waiting-hint = Responda com /respond cN e a sua resposta, ou veja todos os comentários à espera de resposta com /awaiting.
notify-idea-outcome = 📌 O que foi feito da ideia #{ $id } «{ $title }»: { $outcome }. { $note }
notify-big-idea-outcome = 📌 O que foi feito da Grande Ideia «{ $title }», que nasceu de ideias que escreveu, apoiou, comentou ou seguiu: { $outcome }. { $note }
notify-big-idea-stage = 🌱 A sua voz foi ouvida: a Grande Ideia «{ $title }», que nasceu de ideias que escreveu, apoiou ou comentou, passou a uma nova fase: { $stage }.
notify-sprint-opened = 📣 O sprint { $id } «{ $title }» está aberto a ideias. Desafios: { $challenges }. Envie /idea para partilhar a sua.
notify-sprint-closed = 🏁 O sprint { $id } «{ $title }» terminou: { $people ->
        [0] 0 pessoas
        [one] { $people } pessoa
       *[other] { $people } pessoas
    }, { $ideas ->
        [0] 0 ideias
        [one] { $ideas } ideia
       *[other] { $ideas } ideias
    }, { $interactions ->
        [0] 0 interações
        [one] { $interactions } interação
       *[other] { $interactions } interações
    }. Obrigado por ter participado.
notify-sprint-stage = 🗺 O sprint { $id } «{ $title }» passou a uma nova fase: { $stage }.
notify-idea-published = 💡 Nova ideia #{ $id } «{ $title }».
notify-comment-published = 💬 Novo comentário c{ $comment } na ideia #{ $id }.
notify-idea-revised = A ideia #{ $id } foi alterada pela equipa do sprint.
notify-comment-revised = O comentário c{ $comment } na ideia #{ $id } foi alterado pela equipa do sprint.
notify-button-open = Abrir a ideia #{ $id }

## The delivery queue

deliveries-counts = Notificações — a aguardar: { $pending }; a ser enviadas: { $sending }; enviadas: { $sent }; postas de parte: { $dead }; retomadas depois de um processo de envio parar: { $duplicate } (cada uma destas pode ter sido enviada duas vezes).
deliveries-dead-line = Posta de parte #{ $id }: { $event } para o membro { $member } via { $platform }: { $reason }
notify-paused = Notificações suspensas até { $until }. Com /pause off, voltam mais cedo.
notify-resumed = As notificações estão novamente ativas.
notify-muted = Não vai receber mais notificações sobre a ideia #{ $id }. Para voltar atrás, use /unmute { $id }.
notify-unmuted = Vai voltar a receber notificações sobre a ideia #{ $id }.

## The digest and the closing reminder

notify-sprint-closing-soon = ⏳ O sprint { $id } «{ $title }» fecha dentro de 48 horas ({ $closes }). { $news ->
        [0] Ainda há tempo para enviar uma ideia ou apoiar outras.
        [one] Há comentários novos em { $news } ideia que apoiou.
       *[other] Há comentários novos em { $news } ideias que apoiou.
    }
digest-heading = { $frequency ->
        [daily] 📬 O seu resumo diário do crowdsprint
       *[other] 📬 O seu resumo semanal do crowdsprint
    }
digest-challenges = Novos desafios:
digest-updates = Da equipa:
digest-challenge = • { $title }
digest-top-ideas = Novas ideias com mais apoio:
digest-top-idea = • #{ $id } { $title } ({ $count ->
        [0] 0 apoiantes
        [one] { $count } apoiante
       *[other] { $count } apoiantes
    })
digest-followed = Nas ideias que segue:
digest-followed-idea = • #{ $id } { $title }: { $count ->
        [0] 0 comentários novos
        [one] { $count } comentário novo
       *[other] { $count } comentários novos
    }
digest-responses = Respostas da equipa:
digest-response = • #{ $id } { $title }
digest-outcomes = O que foi feito das ideias que apoiou:
digest-outcome = • #{ $id } { $title }: { $outcome }
digest-deadlines = A fechar em breve:
digest-deadline = • { $title } (fecha em { $closes })
digest-footer = { $frequency ->
        [daily] Recebe este resumo todos os dias porque o subscreveu.
       *[other] Recebe este resumo todas as semanas porque o subscreveu.
    } Com /subscribe pode mudar a frequência.
digest-button-support = 👍 #{ $id }
digest-button-follow = 🔔 #{ $id }
digest-button-open = Abrir #{ $id }
digest-button-unsubscribe = Cancelar subscrição
digest-unsubscribed = Deixou de receber o resumo e as novidades dos sprints. Para voltar a recebê-los, envie /subscribe weekly.
notify-timezone-set = O seu fuso horário passa a ser { $zone }: os resumos chegam de manhã e as horas de silêncio coincidem com a sua noite.
notify-timezone-off = O seu fuso horário foi removido; as horas seguem o fuso do serviço ({ $zone }).

## Rate limits. $kind is idea or vote; $unit is seconds or minutes.

slow-down =
    { $kind ->
        [idea] Partilhou muitas ideias em pouco tempo — obrigado!
        [comment] São muitos comentários em pouco tempo — obrigado!
        [link] São muitos pedidos de associação de contas em pouco tempo.
       *[vote] São muitos apoios em pouco tempo.
    } Tente novamente daqui a { $unit ->
        [minutes]
            { $count ->
                [0] 0 minutos
                [one] { $count } minuto
               *[other] { $count } minutos
            }
       *[seconds]
            { $count ->
                [0] 0 segundos
                [one] { $count } segundo
               *[other] { $count } segundos
            }
    }.

## Your data (/mydata): a line before the full record
mydata-summary = { $accounts } { $accounts ->
        [0] contas associadas
        [one] conta associada
       *[other] contas associadas
    }, { $ideas } { $ideas ->
        [0] ideias
        [one] ideia
       *[other] ideias
    }, { $comments } { $comments ->
        [0] comentários
        [one] comentário
       *[other] comentários
    }, { $supported } { $supported ->
        [0] ideias apoiadas
        [one] ideia apoiada
       *[other] ideias apoiadas
    }, { $following } { $following ->
        [0] ideias seguidas
        [one] ideia seguida
       *[other] ideias seguidas
    }, { $deliveries } { $deliveries ->
        [0] mensagens para si a aguardar envio ou guardadas
        [one] mensagem para si a aguardar envio ou guardada
       *[other] mensagens para si a aguardar envio ou guardadas
    } (guardadas durante 30 dias após o envio), { $audit } { $audit ->
        [0] entradas no registo de auditoria da equipa que lhe dizem respeito ou que foram feitas por si
        [one] entrada no registo de auditoria da equipa que lhe diz respeito ou que foi feita por si
       *[other] entradas no registo de auditoria da equipa que lhe dizem respeito ou que foram feitas por si
    }.

## The text layouts' words (core/src/layout.rs and the chat bots' own layouts): idea lines,
## cards, lists, the review queue, sprints, audit lines, and the answers every surface gives.

member-welcome-back = Olá de novo, { $name }. Escreva /ideas para ver as ideias mais apoiadas, /idea para partilhar uma ou /help para ver tudo.
registration-not-saved = Não foi guardado nada. Escreva /start quando quiser.
member-registered = Registo concluído, { $name }. Escreva /idea para partilhar uma ideia, /ideas para ver o que outras pessoas sugeriram ou /help para saber mais.
plain-text-unregistered = Obrigado! Para enviar isso como ideia, registe-se primeiro com /start — demora um minuto.
idea-intro = Nova ideia para «{ $sprint }».
idea-ask-title = Dê um título curto à sua ideia (até 120 caracteres).
idea-similar =
    { $count ->
        [0] Ainda não há ideias parecidas.
        [one] Já existe uma ideia parecida:
       *[other] Já existem { $count } ideias parecidas:
    }
support-added =
    Obrigado pelo seu apoio à ideia #{ $id }. { $supporters ->
        [0] Ainda não tem apoiantes.
        [one] Tem agora { $supporters } apoiante.
       *[other] Tem agora { $supporters } apoiantes.
    }
support-removed =
    Retirou o seu apoio à ideia #{ $id }. { $supporters ->
        [0] Agora não tem apoiantes.
        [one] Tem agora { $supporters } apoiante.
       *[other] Tem agora { $supporters } apoiantes.
    }
comment-added = Obrigado — o seu comentário c{ $id } foi acrescentado à ideia #{ $idea }.
comment-held = O seu comentário c{ $id } foi guardado, mas fica retido até alguém o rever, porque pode conter dados pessoais ({ $reasons }).
follow-added = Passou a seguir a ideia #{ $id }: vai receber notícias sobre as respostas e a evolução da ideia.
follow-removed = Deixou de seguir a ideia #{ $id }.
digest-subscribed = Resumo: { $frequency }.
language-current = O seu idioma é { $language }. Opções: { $choices } — por exemplo, /language pt
language-set = Idioma alterado para { $language }.
account-link-code = O seu código de associação é { $code }. Escreva /link { $code } na outra aplicação dentro de { $minutes ->
        [0] 0 minutos
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } para juntar as duas contas.
account-linked = Feito — esta conta está agora associada ao seu perfil crowdsprint.
mydata-heading = Todos os dados que guardamos a seu respeito:
member-forget-confirm = Isto apaga o seu nome e as suas contas. As suas ideias e comentários ficam, mas aparecem como sendo de «um antigo membro». Escreva «sim» para apagar; qualquer outra resposta mantém a sua conta.
member-forgotten = Os seus dados foram apagados. Obrigado por ter participado.
conversation-cancelled = Cancelado — nada foi alterado.
conversation-nothing-to-cancel = Não há nada para cancelar.
idea-line =
    #{ $id } { $title } — { $supporters ->
        [0] 0 apoiantes
        [one] { $supporters } apoiante
       *[other] { $supporters } apoiantes
    }, { $comments ->
        [0] 0 comentários
        [one] { $comments } comentário
       *[other] { $comments } comentários
    }
no-ideas = Ainda não há ideias aqui. Pode ser a primeira pessoa a partilhar uma: escreva /idea.
list-page = Página { $page } de { $pages }. Página seguinte: /ideas { $list } { $next }
idea-title = #{ $id } { $title }
idea-meta = { $kind } · { $challenge } · por { $author } · { $date }
idea-held = Retida para revisão: pode conter { $reasons }.
idea-hidden = Ocultada pela equipa: { $reason }
idea-merged = Fundida com a ideia #{ $into }.
idea-status =
    { $supporters ->
        [0] 0 apoiantes
        [one] { $supporters } apoiante
       *[other] { $supporters } apoiantes
    } · fase: { $stage }{ $supported ->
        [yes] {" "}· tem o seu apoio
       *[no] {""}
    }{ $following ->
        [yes] {" "}· está a segui-la
       *[no] {""}
    }
idea-themes = Temas: { $themes }
no-comments = Ainda não há comentários. Para comentar: /comment { $id } o seu comentário
comments-heading = Comentários:
comment-line = c{ $id } { $author }: { $body }
response-line = c{ $id } ✔ Resposta de { $author }: { $body }
idea-actions = /support { $id } · /comment { $id } texto · /follow { $id }
sprint-title = Sprint { $id }: { $title } ({ $stage })
sprint-open-until = Aberto a ideias de { $opens } até { $closes }.
sprint-window = Decorre de { $opens } a { $closes }; de momento não aceita novas ideias.
sprint-line = Sprint { $id }: { $title } — { $stage }, fecha em { $closes }
sprint-target-set =
    { $own ->
        [yes] O sprint { $id } «{ $title }» promete agora uma resposta no prazo de { $days ->
            [one] { $days } dia útil
           *[other] { $days } dias úteis
        }.
       *[no] O sprint { $id } «{ $title }» volta a seguir o prazo de resposta do serviço: { $days ->
            [one] { $days } dia útil
           *[other] { $days } dias úteis
        }.
    }
idea-counts = { $people ->
        [0] 0 pessoas
        [one] { $people } pessoa
       *[other] { $people } pessoas
    } · { $ideas ->
        [0] 0 ideias
        [one] { $ideas } ideia
       *[other] { $ideas } ideias
    } · { $votes ->
        [0] 0 apoios
        [one] { $votes } apoio
       *[other] { $votes } apoios
    } · { $comments ->
        [0] 0 comentários
        [one] { $comments } comentário
       *[other] { $comments } comentários
    } · { $interactions ->
        [0] 0 interações
        [one] { $interactions } interação
       *[other] { $interactions } interações
    }
challenges-heading = Desafios:
no-challenges = Este sprint ainda não tem desafios.
help-heading = O que pode fazer:
help-section = Para a função { $role }:
help-footer = Escreva /help seguido de um comando para saber mais, p. ex. /help support. Uma mensagem de texto simples torna-se uma nova ideia.
command-usage = Como usar: { $usage }
review-heading = À espera de revisão: { $ideas ->
        [0] 0 ideias
        [one] { $ideas } ideia
       *[other] { $ideas } ideias
    }, { $comments ->
        [0] 0 comentários
        [one] { $comments } comentário
       *[other] { $comments } comentários
    }.
review-comment = c{ $id } em #{ $idea } «{ $title }» — { $author }: { $body }
review-actions = /approve { $target } · /hide { $target } motivo · /respond { $target } texto
review-approved = Aprovado: { $target }.
review-responded = Resposta c{ $id } publicada em { $target }; o autor vai ser avisado.
review-hidden = Ocultado: { $target }; o autor vai ser informado do motivo.
review-restored = Voltou a ficar visível: { $target }.
stats-responses =
    Primeiras respostas: tempo mediano de { $median }; { $within } de { $answered } no prazo de { $days ->
        [one] { $days } dia útil
       *[other] { $days } dias úteis
    }.
stats-no-responses = Primeiras respostas: ainda nenhuma.
stats-captured =
    Registadas em nome de um grupo: { $count ->
        [one] { $count } ideia
       *[other] { $count } ideias
    } de { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    } (não contam como ideias dos próprios dinamizadores).
stats-updates =
    Atualizações da equipa: { $now ->
        [one] { $now } enviada de imediato
       *[other] { $now } enviadas de imediato
    }, { $digest ->
        [one] { $digest } guardada para os resumos
       *[other] { $digest } guardadas para os resumos
    }.
outcome-name =
    { $outcome ->
        [under_consideration] Em apreciação
        [prototyping] Passou à prototipagem
        [testing] Em testes
        [adopted] Adotada
        [scaled_and_spread] Expandida e disseminada
       *[not_taken_forward] Não vai avançar
    }
outcome-set =
    Resultado de { $of } registado: { $outcome }. { $count ->
        [0] Não há pessoas a avisar.
        [one] { $count } pessoa vai ser avisada.
       *[other] { $count } pessoas vão ser avisadas.
    }
outcomes-heading = O que foi feito das ideias de «{ $sprint }»:
outcomes-line = { $of } «{ $title }»: { $outcome }
outcomes-line-noted = { $of } «{ $title }»: { $outcome } — { $note }
outcomes-none = Ainda não foram registados resultados em «{ $sprint }».
# Team updates: $title and $body are the team's words (in Welsh for a Welsh reader when
# the team gave them); $has_link is yes when there is a $link.
team-update =
    📣 Da equipa do sprint: { $title }
    { $body }{ $has_link ->
        [yes] {""}
            Mais: { $link }
       *[other] {""}
    }
update-posted =
    { $when ->
        [now] ✅ A atualização #{ $id } está a caminho de todos os subscritores, ao ritmo que as plataformas permitem.
       *[digest] ✅ A atualização #{ $id } vai aparecer no topo do próximo resumo de todos, em «Da equipa».
    }
updates-heading = 📣 As atualizações da equipa do sprint em «{ $sprint }», das mais recentes para as mais antigas:
updates-line = • #{ $id } { $date }: { $title }
updates-none = A equipa do sprint ainda não publicou nenhuma atualização em «{ $sprint }».
web-sign-in-link = A sua ligação para iniciar sessão no painel da equipa: { $link }
    Funciona uma única vez, durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Não a partilhe: quem a usar entra em seu nome.
# Capturing ideas on a group's behalf (a huddle, a ward round) and claiming them.
capture-started = 📝 A registar ideias para «{ $session }». Todas as ideias que enviar a partir de agora são do grupo, não suas, e recebem um código de coautoria para quem lá esteve. Envie /capture off quando a sessão terminar (termina sozinha ao fim de { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }).
capture-status =
    { $count ->
        [0] 📝 A registar ideias para «{ $session }»: ainda nenhuma ideia. Envie /capture off quando a sessão terminar.
        [one] 📝 A registar ideias para «{ $session }»: { $count } ideia até agora. Envie /capture off quando a sessão terminar.
       *[other] 📝 A registar ideias para «{ $session }»: { $count } ideias até agora. Envie /capture off quando a sessão terminar.
    }
capture-stopped =
    { $count ->
        [0] A sessão de registo «{ $session }» terminou: nenhuma ideia registada. As ideias que enviar a partir de agora voltam a ser suas.
        [one] A sessão de registo «{ $session }» terminou: { $count } ideia registada. As ideias que enviar a partir de agora voltam a ser suas.
       *[other] A sessão de registo «{ $session }» terminou: { $count } ideias registadas. As ideias que enviar a partir de agora voltam a ser suas.
    }
capture-none = Não está a registar ideias em nome de um grupo. Comece com /capture e o nome da sessão, por exemplo /capture Reunião da Enfermaria 4.
idea-captured = 🤝 A ideia #{ $id } ficou registada para «{ $session }». O código de coautoria é { $code }: quem lá esteve pode enviar /claim { $code } ao bot para se tornar coautor e saber o que vai ser feito dela.
idea-claimed = ✅ Passou a ser coautor da ideia #{ $id } «{ $title }». Passou também a segui-la e vai receber notícias quando a equipa responder e sobre o que for feito dela.
awaiting-heading =
    { $count ->
        [0] 0 comentários à espera de resposta:
        [one] { $count } comentário está à espera de resposta:
       *[other] { $count } comentários estão à espera de resposta:
    }
awaiting-line = c{ $id } em #{ $idea } — { $author }: { $body }
awaiting-none = Todos os comentários têm resposta. Obrigado!
review-merged = A ideia #{ $from } foi fundida com a ideia #{ $into }, que tem agora { $supporters ->
        [0] 0 apoiantes
        [one] { $supporters } apoiante
       *[other] { $supporters } apoiantes
    }.
sprint-created = Sprint { $id } «{ $title }» criado como rascunho. Acrescente desafios com /challenge add { $id } Título e depois abra-o com /stage sprint { $id } open.
challenge-added = Desafio { $id } «{ $title }» acrescentado.
idea-stage-set = Nova fase da ideia #{ $id }: { $stage }.
theme-created = Tema { $id } «{ $name }» criado. Acrescente ideias com /theme add { $id } IDEA.
theme-added = Ideia #{ $idea } acrescentada a «{ $name }» ({ $count ->
        [0] 0 ideias
        [one] { $count } ideia
       *[other] { $count } ideias
    }).
theme-line = Tema { $id }: { $name } — { $count ->
        [0] 0 ideias
        [one] { $count } ideia
       *[other] { $count } ideias
    }
no-themes = Ainda não há temas. Crie um com /theme new SPRINT Nome.
big-idea-created = Grande Ideia { $id } «{ $title }» criada.
big-idea-stage-set = Nova fase da Grande Ideia { $id }: { $stage }; { $people ->
        [0] não há pessoas a avisar.
        [one] { $people } pessoa que contribuiu vai ser avisada.
       *[other] { $people } pessoas que contribuíram vão ser avisadas.
    }
big-idea-line = Grande Ideia { $id }: { $title } — { $stage }
no-big-ideas = Ainda não há Grandes Ideias.
member-banned = O membro { $member } foi bloqueado: pode ler, mas não pode enviar conteúdos.
member-unbanned = O membro { $member } pode voltar a enviar conteúdos.
member-role-set = { $name } (membro { $member }) tem agora a função { $role }.
audit-line = { $at } membro { $member }: { $action } { $target }
error-internal = Lamentamos, algo correu mal do nosso lado. Tente novamente daqui a pouco. Se continuar a acontecer, indique a referência { $reference }.

## Conversations (core/src/conversation): registering, posting an idea, a comment, a response,
## a reason, /forgetme. Questions select on $style: "buttons" where choices are buttons
## (Telegram), "typed" where they are a numbered list (the console).

conversation-welcome =
    Boas-vindas ao crowdsprint! Partilhe ideias que possam melhorar os cuidados, apoie aquelas com que concorda e saiba o que acontece com elas. O registo demora um minuto; { $style ->
        [buttons] para parar, toque em ✖ Cancelar a qualquer momento.
       *[typed] para parar, escreva /cancel a qualquer momento.
    }
conversation-ask-name =
    Que nome quer usar? { $style ->
        [buttons] Envie um nome ou toque no botão para usar «{ $name }». Também pode escolher aqui o seu idioma.
       *[typed] Escreva um nome ou pressione Enter para usar «{ $name }». Para mudar de idioma, escreva o número correspondente.
    }
conversation-ask-name-typed = Que nome quer usar? Escreva o nome que as outras pessoas vão ver.
conversation-use-name = ✓ { $name }
conversation-language = { $language }
conversation-ask-describes =
    Qual destas opções se aplica melhor a si?{ $style ->
        [buttons] {""}
       *[typed] {" "}Escreva um número.
    }
conversation-ask-organisation =
    Qual é a sua organização? { $style ->
        [buttons] Envie o nome ou toque em Deixar em branco.
       *[typed] Escreva o nome ou pressione Enter para deixar em branco.
    }
conversation-ask-region =
    Em que região se encontra? { $style ->
        [buttons] Envie o nome da região ou toque em Deixar em branco.
       *[typed] Escreva o nome da região ou pressione Enter para deixar em branco.
    }
conversation-ask-consent =
    Privacidade: guardamos o seu nome, a forma como se descreve e o que enviar, para gerir este sprint e lhe dizer o que acontece às ideias. Pode descarregar os seus dados com /mydata e apagá-los com /forgetme a qualquer momento.
    Concorda?{ $style ->
        [buttons] {""}
       *[typed] {" "}Escreva «sim» ou «não».
    }
conversation-consent-yes = ✓ Sim, concordo
conversation-consent-no = Não concordo
conversation-skip = Deixar em branco
conversation-cancel = ✖ Cancelar
conversation-pick-one =
    { $style ->
        [buttons] Toque num dos botões ou envie /cancel para parar.
       *[typed] Escreva um dos números apresentados ou /cancel para parar.
    }
conversation-idea-offer =
    Quer enviar isto como ideia? { $style ->
        [buttons] Toque num desafio para continuar, ou em ✖ Cancelar.
       *[typed] Escreva o número de um desafio para continuar, ou /cancel se não quiser.
    }
conversation-ask-challenge =
    A que desafio responde a sua ideia?{ $style ->
        [buttons] {""}
       *[typed] {" "}Escreva um número.
    }
conversation-challenge = { $title }
conversation-title-suggested =
    Título: «{ $title }». { $style ->
        [buttons] Toque no botão para o manter ou envie um título melhor (até 120 caracteres).
       *[typed] Pressione Enter para o manter ou escreva um título melhor (até 120 caracteres).
    }
conversation-keep-title = ✓ Manter este título
conversation-ask-body =
    Conte-nos mais: o que mudaria, e porquê? { $style ->
        [buttons] Envie o texto ou toque em Deixar em branco.
       *[typed] Escreva o texto ou pressione Enter para deixar em branco.
    }
conversation-ask-kind =
    É uma ideia, uma experiência ou uma boa prática?{ $style ->
        [buttons] {""}
       *[typed] {" "}Escreva um número, ou pressione Enter para «Ideia».
    }
conversation-similar-ask =
    { $style ->
        [buttons] Toque numa ideia para a apoiar em vez de enviar a sua, ou envie a sua mesmo assim.
       *[typed] Escreva o número de uma ideia para a apoiar em vez de enviar a sua, «publicar» para enviar a sua mesmo assim, ou /cancel.
    }
conversation-support-instead = 👍 #{ $id } { $title }
conversation-post-anyway = Enviar mesmo assim
conversation-ask-comment = Envie o seu comentário sobre a ideia #{ $id }.
conversation-ask-response = Envie a resposta da equipa a { $target }. O autor vai ser avisado.
conversation-ask-hide-reason = Qual é o motivo para ocultar { $target }? Envie uma explicação curta; o autor vai vê-la.
conversation-confirm-forget =
    Isto apaga o seu nome e as suas contas. As suas ideias e comentários ficam, mas aparecem como sendo de «um antigo membro». { $style ->
        [buttons] Tem a certeza?
       *[typed] Escreva «sim» para apagar; qualquer outra resposta mantém a sua conta.
    }
conversation-forget-yes = Sim, apagar os dados
update-intro = Uma atualização da equipa para todas as pessoas que participam em «{ $sprint }». Nada é enviado antes de escolher, no fim, como enviar.
conversation-ask-update-title = Qual é o título? (até 120 caracteres)
conversation-ask-update-body = Agora, o texto da atualização (até 2000 caracteres).
conversation-ask-update-link =
    Uma ligação para saber mais (tem de começar por https://)? { $style ->
        [buttons] Envie-a ou toque em Deixar em branco.
       *[typed] Escreva-a ou pressione Enter para deixar em branco.
    }
conversation-ask-update-welsh-title =
    Quem lê em galês recebe o texto em galês, se o indicar. Qual é o título em galês? { $style ->
        [buttons] Envie-o ou toque em Deixar em branco para ficar só em inglês.
       *[typed] Escreva-o ou pressione Enter para ficar só em inglês.
    }
conversation-ask-update-welsh-body = E o texto da atualização em galês?
conversation-ask-update-when =
    Vai ficar assim. Enviar já a todos os subscritores de «{ $sprint }», ou guardar para aparecer no topo do próximo resumo deles?{ $style ->
        [buttons] {""}
       *[typed] {" "}Escreva um número, ou /cancel.
    }
conversation-update-when =
    { $when ->
        [now] 📣 Enviar já
       *[digest] 🗞 No topo do próximo resumo
    }

## /audit: what each audited action is called ($action is the key, $stored the name kept in the
## log, shown for an action this version does not know).

audit-action =
    { $action ->
        [bigidea-create] criou
        [bigidea-stage] mudou a fase de
        [challenge-create] acrescentou
        [comment-respond] respondeu a
        [export] exportou
        [export-withheld] exportou, com os itens retidos,
        [idea-merge] fundiu
        [idea-stage] mudou a fase de
        [import] importou
        [member-ban] bloqueou
        [member-role] mudou a função de
        [member-unban] desbloqueou
        [review-approve] aprovou
        [review-hide] ocultou
        [review-restore] repôs
        [sprint-create] criou
        [sprint-stage] mudou a fase de
        [sprint-window] mudou as datas de
        [sprint-target] definiu o prazo de resposta de
        [theme-add] acrescentou a um tema:
        [theme-create] criou
        [web-sign-in] iniciou sessão no painel da equipa como
        [outcome-set] registou o resultado de
        [update-post] publicou uma atualização da equipa em
       *[other] { $stored }
    }

## Laid out on chat surfaces, where counts live on the buttons
idea-stage = Fase: { $stage }
similar-heading =
    { $count ->
        [0] Ideias parecidas:
        [one] Uma ideia parecida:
       *[other] Ideias parecidas:
    }
