# The web board's words: the public pages anyone can read without joining a chat. Titles,
# stages, counts and the idea details come from core.ftl, as in the chats.

web-site-name = crowdsprint
web-skip-link = Ir para o conteúdo principal
web-language = Idioma
web-footer = Ideias de quem presta e de quem recebe cuidados, publicadas pelos próprios autores. Para publicar, apoiar e comentar ideias, junte-se a um sprint no Telegram ou no Discord.
web-breadcrumbs = Onde está

## The list of sprints

web-sprints-heading = Lista de sprints
web-sprints-intro = Cada sprint faz algumas perguntas, a que chamamos desafios. Leia as ideias que as pessoas partilharam e o que a equipa do sprint lhes respondeu.
web-no-sprints = Ainda não há sprints para ler.

## A sprint

web-challenges-heading = Desafios
web-themes-heading = Temas
web-big-ideas-heading = Grandes Ideias
web-updates-heading = Da equipa do sprint
web-theme-ideas =
    { $count ->
        [0] 0 ideias
        [one] { $count } ideia
       *[other] { $count } ideias
    }
web-all-sprints = Todos os sprints

## A challenge

web-order-top = Mais apoiadas
web-order-new = Mais recentes
web-order-label = Ordem das ideias
web-no-ideas = Ainda não foram publicadas ideias neste desafio.
web-page = Página { $page } de { $pages }
web-previous = Página anterior
web-next = Página seguinte
web-pages = Páginas

## An idea

web-supporters =
    { $count ->
        [0] 0 apoiantes
        [one] { $count } apoiante
       *[other] { $count } apoiantes
    }
web-comment-count =
    { $count ->
        [0] 0 comentários
        [one] { $count } comentário
       *[other] { $count } comentários
    }
web-comments-heading = Comentários e respostas
web-no-comments = Ainda não há comentários.
web-response = Resposta da equipa do sprint
web-stage = Fase: { $stage }
web-themes = Temas: { $themes }
web-outcome-heading = O que foi feito dela

## When a page cannot be shown

web-not-found-heading = Página não encontrada
web-not-found = Não há nada para ler aqui. Este conteúdo pode ter sido movido ou fundido com outra ideia, ou não é público.
web-error-heading = Algo correu mal
web-error = Lamentamos, não foi possível mostrar esta página. Tente novamente daqui a um minuto. Se continuar a acontecer, indique esta referência à equipa do sprint: { $reference }

## The staff dashboard (/staff): champions, moderators and admins, signed in with /web

web-sign-in-heading = Iniciar sessão no painel da equipa
web-sign-in-intro = Esta ligação é só sua e funciona uma única vez. Carregue no botão para iniciar sessão neste dispositivo. A sessão fica aberta durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }.
web-sign-in-button = Iniciar sessão
web-signed-out-heading = Sessão terminada
web-signed-out = Para usar o painel da equipa, envie /web ao bot na sua conversa. Vai receber uma ligação para iniciar sessão que funciona uma única vez, durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
web-staff-heading = Painel da equipa
web-staff-signed-in = Sessão iniciada como { $role }
web-staff-sign-out = Terminar sessão
web-staff-sprint = Sprint
web-staff-show = Mostrar
web-staff-review-heading = À espera de revisão
web-staff-awaiting-heading = À espera de resposta
web-staff-awaiting-count =
    { $count ->
        [0] Nenhum comentário está à espera de resposta da equipa.
        [one] { $count } comentário está à espera de resposta da equipa.
       *[other] { $count } comentários estão à espera de resposta da equipa.
    }
web-staff-idea = Ideia #{ $id }: { $title }
web-staff-comment = Comentário c{ $id } em «{ $title }»
web-staff-waiting = { $author } · à espera há { $age }
wait-length =
    { $unit ->
        [minutes] { $count ->
            [one] { $count } minuto
           *[other] { $count } minutos
        }
        [hours] { $count ->
            [one] { $count } hora
           *[other] { $count } horas
        }
       *[days] { $count ->
            [one] { $count } dia
           *[other] { $count } dias
        }
    }
web-staff-held = Retido: pode conter dados pessoais
web-staff-approve = Aprovar
web-staff-hide = Ocultar
web-staff-hide-reason = Motivo para ocultar (o autor é informado)
web-staff-respond = Responder
web-staff-response = A sua resposta (mostrada publicamente como resposta da equipa do sprint)
web-staff-done =
    { $action ->
        [approve] Aprovado: { $target }.
        [hide] Ocultado: { $target }. O autor vai ser informado do motivo.
       *[respond] A sua resposta a { $target } foi guardada. O autor vai ser avisado quando for publicada.
    }
web-staff-failed-heading = Não foi possível fazer isso
web-staff-stale-form = Este formulário expirou. Volte ao painel, recarregue a página e tente novamente.
web-staff-unknown-target = Não conhecemos essa ideia nem esse comentário.
web-staff-charts-heading = Gráficos
web-chart-activity = Participação ao longo do tempo
web-chart-challenges = Ideias e apoiantes por desafio
web-chart-described = Quem participou
web-chart-responses = Tempo até à primeira resposta
web-chart-data = Os números por detrás deste gráfico
web-chart-day = Dia
web-chart-ideas = Ideias
web-chart-comments = Comentários
web-chart-votes = Apoios
web-chart-supporters = Apoiantes
web-chart-people = Pessoas
web-chart-challenge = Desafio
web-chart-describes = Descreve-se como
web-chart-wait = Tempo de espera
web-chart-answered = Comentários respondidos
web-wait-band =
    { $band ->
        [day] Até um dia
        [two-days] 1 a 2 dias
        [five-days] 2 a 5 dias
        [ten-days] 5 a 10 dias
       *[more] Mais de 10 dias
    }
web-staff-downloads = Descarregar
web-staff-download =
    { $table ->
        [updates] As atualizações da equipa
        [responses] O tempo de espera de cada comentário por uma resposta
       *[ideas] As ideias e os comentários do sprint
    } ({ $format ->
        [csv] CSV, para folhas de cálculo
       *[json] JSON
    })

## Taking part from the board

web-join-telegram = Apoie-a ou comente no Telegram
