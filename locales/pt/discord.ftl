# The Discord bot's own words: command and option descriptions (at most 100 characters: Discord's
# limit), form titles and labels (at most 45), and the few answers that differ from Telegram's.
# Button labels and most answers are shared with chat.ftl and core.ftl.

## Command descriptions, shown in Discord's command picker

discord-describe-help = Ver o que pode fazer aqui
discord-describe-register = Registar-se no crowdsprint: um formulário curto para partilhar e apoiar ideias
discord-describe-sprint = Ver um sprint: datas, números e desafios
discord-describe-sprints = Listar todos os sprints e a fase de cada um
discord-describe-challenges = Ver os desafios a que pode responder
discord-describe-idea = Partilhar uma ideia, uma experiência ou uma boa prática
discord-describe-ideas = Ver ideias: as mais apoiadas, as mais recentes ou as suas
discord-describe-show = Abrir uma ideia com os comentários
discord-describe-support = Apoiar uma ideia
discord-describe-unsupport = Retirar o seu apoio a uma ideia
discord-describe-comment = Comentar uma ideia
discord-describe-reply = Responder a um comentário
discord-describe-follow = Receber novidades sobre comentários e alterações numa ideia
discord-describe-unfollow = Deixar de seguir uma ideia
discord-describe-mute = Parar todas as notificações sobre uma ideia
discord-describe-unmute = Voltar a receber notificações sobre uma ideia
discord-describe-subscribe = Receber o resumo todas as semanas, todos os dias, ou nunca
discord-describe-pause = Suspender as notificações durante alguns dias («off» para retomar)
discord-describe-timezone = O seu fuso horário para os resumos e as horas de silêncio (ou «off»)
discord-describe-language = Escolher o idioma em que respondo
discord-describe-link = Associar esta conta ao seu perfil crowdsprint noutra aplicação
discord-describe-outcomes = O que foi feito das ideias: os resultados registados pela equipa
discord-describe-claim = Tornar-se coautor de uma ideia que um dinamizador registou pelo seu grupo
discord-describe-updates = As atualizações da equipa do sprint, das mais recentes para as mais antigas
discord-describe-mydata = Descarregar todos os dados que guardamos a seu respeito
discord-describe-forgetme = Apagar os seus dados
discord-describe-mod = Gerir o sprint: rever, responder, moderar, exportar
discord-describe-mod-review = Ver o que está à espera de revisão
discord-describe-mod-approve = Aprovar uma ideia (12) ou um comentário (c12)
discord-describe-mod-respond = Responder em nome da equipa do sprint
discord-describe-mod-hide = Ocultar uma ideia ou um comentário, indicando o motivo
discord-describe-mod-restore = Voltar a mostrar uma ideia ou um comentário oculto
discord-describe-mod-awaiting = Comentários que ainda aguardam resposta
discord-describe-mod-stats = Os números de um sprint
discord-describe-mod-outcome = Registar o que foi feito de uma ideia ou de uma Grande Ideia
discord-describe-mod-update = Escrever às pessoas do sprint: já, ou no topo do próximo resumo
discord-describe-mod-web = Uma ligação para iniciar sessão no painel da equipa
discord-describe-mod-capture = Registar ideias em nome de um grupo; «off» termina a sessão
discord-describe-mod-merge = Fundir uma ideia com outra; os apoiantes passam para essa ideia
discord-describe-mod-theme = Temas: «new SPRINT Nome | descrição» ou «add THEME IDEA»
discord-describe-mod-bigidea = Grandes Ideias: «new SPRINT THEMES Título | descrição» ou «stage ID STAGE»
discord-describe-mod-stage = Fazer avançar um sprint ou uma ideia: «sprint 3 theming» ou «idea 12 testing»
discord-describe-mod-sprint = Sprints: «new OPENS CLOSES Título | descrição» ou «window ID OPENS CLOSES»
discord-describe-mod-challenge = Acrescentar um desafio: «add SPRINT Título | descrição»
discord-describe-mod-ban = Impedir um membro de participar
discord-describe-mod-unban = Permitir que um membro volte a participar
discord-describe-mod-export = Descarregar as ideias de um sprint em CSV ou JSON
discord-describe-mod-audit = As ações de moderação mais recentes
discord-describe-mod-deliveries = A fila de notificações e os envios que falharam
discord-describe-mod-announce = Anunciar novas ideias neste canal, noutro canal ou num fórum («off» para parar)
discord-describe-mod-role = Atribuir uma função a um membro

## Option descriptions

discord-option-command = Um comando, para ver como se usa
discord-option-describes = A opção que melhor se aplica a si
discord-option-sprint = Número do sprint
discord-option-challenge = O desafio a que a sua ideia responde
discord-option-kind = Ideia, experiência ou boa prática
discord-option-list = Que ideias
discord-option-page = Número da página
discord-option-idea = Número da ideia
discord-option-comment = Número do comentário
discord-option-text = O que quer dizer
discord-option-frequency = Com que frequência
discord-option-days = Número de dias, ou off
discord-option-zone = Um fuso horário, como Europe/Lisbon, ou off
discord-option-language = Idioma
discord-option-code = O código que /link lhe deu na outra aplicação
discord-option-claim_code = O código de coautoria que o dinamizador deu ao seu grupo
discord-option-session = Nome da sessão (reunião rápida, visita médica), ou «off» para a terminar
discord-option-target = Uma ideia (12) ou um comentário (c12)
discord-option-reason = Motivo: o autor vai ser informado
discord-option-details = O resto do comando
discord-option-into = A ideia com que vai ser fundida
discord-option-member = Número do membro
discord-option-format = Formato do ficheiro
discord-option-role = A nova função
discord-option-of = Uma ideia (12) ou uma Grande Ideia (b3)
discord-option-outcome = O que foi feito dela
discord-option-when = Já, para todos os subscritores, ou no próximo resumo
discord-option-table = As ideias (predefinição), as atualizações da equipa ou os tempos de resposta
discord-option-note = Uma nota pública: porquê, se não vai avançar

## Forms

discord-form-register = Registo no crowdsprint
discord-form-name = O seu nome, tal como os outros o vão ver
discord-form-organisation = Organização (opcional)
discord-form-region = Região (opcional)
discord-form-idea = Partilhe a sua ideia
discord-form-idea-title = Título
discord-form-idea-body = Conte-nos mais: o que mudaria, e porquê?
discord-form-comment = Comentário
discord-form-respond = Responder em nome da equipa do sprint
discord-form-hide = Ocultar
discord-form-reason = Motivo (o autor vai ser informado)
discord-form-text = O seu texto
discord-form-update =
    { $when ->
        [now] Atualização da equipa: enviada já
       *[digest] Atualização da equipa: no próximo resumo
    }
discord-form-update-title = Título
discord-form-update-body = A atualização
discord-form-update-link = Ligação para mais (opcional, https://…)
discord-form-update-welsh-title = Título em galês (opcional)
discord-form-update-welsh-body = Texto em galês (com título em galês)
discord-update-welsh-both = Indique o título e o texto em galês em conjunto, ou nenhum dos dois: não foi enviado nada.

## Cards and answers

discord-field-challenge = Desafio
discord-field-kind = Tipo
discord-field-stage = Fase
discord-field-themes = Temas
discord-comment-by = c{ $id } · { $author }
discord-response-by = ⭐ c{ $id } · { $author } (equipa do sprint)
discord-no-comments = Ainda não há comentários. Clique em 💬 Comentar para escrever o primeiro.
discord-no-similar = Até agora não há ideias parecidas.
discord-help-staff = Para a equipa do sprint:
discord-reg-intro = Boas-vindas ao crowdsprint! Partilhe ideias que possam melhorar os cuidados, apoie aquelas com que concorda e saiba o que acontece com elas.
discord-registered = Boas-vindas, { $name }! Use /idea para partilhar uma ideia, /ideas para ver o que outras pessoas disseram ou /help para ver tudo.
discord-use-register = No Discord, use /register para se registar e /idea para partilhar uma ideia.
discord-button-forget = Apagar os meus dados
discord-export-ready = { $rows ->
        [0] 0 linhas
        [one] { $rows } linha
       *[other] { $rows } linhas
    }, em anexo.
discord-unsupported = Desculpe, ainda não consigo tratar disso aqui.
discord-not-registered = Primeiro precisa de se registar — demora só alguns segundos. Use /register para começar.

## Messages in server channels (gateway mode)
discord-offer-idea = 💡 Quer enviar isto como ideia, para que outras pessoas a possam apoiar e a equipa do sprint possa responder?
discord-offer-button = Enviar como ideia
discord-offer-pick = A que desafio se refere?
discord-offer-not-yours = Só quem escreveu essa mensagem a pode enviar como ideia.
discord-forum-comment-held = parece que o seu comentário contém dados pessoais (como um número do NHS), por isso foi retirado até um moderador o rever. Volte a enviá-lo sem esses dados.
discord-option-channel = O canal ou fórum onde anunciar novas ideias (este canal, se ficar em branco)
