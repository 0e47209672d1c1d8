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

## When a page cannot be shown

web-not-found-heading = Página não encontrada
web-not-found = Não há nada para ler aqui. Este conteúdo pode ter sido movido ou fundido com outra ideia, ou não é público.
web-error-heading = Algo correu mal
web-error = Lamentamos, não foi possível mostrar esta página. Tente novamente daqui a um minuto. Se continuar a acontecer, indique esta referência à equipa do sprint: { $reference }
