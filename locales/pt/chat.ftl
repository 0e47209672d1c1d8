# Words the chat bots share (Telegram and Discord): the buttons on idea cards, lists and the
# review queue, and the texts that go with pressing them. Button labels are short: a phone shows
# about 30 characters of a full-width button.

## Idea cards

chat-button-support = 👍 Apoiar · { $count }
chat-button-supported = ✓ Apoiada · { $count }
chat-button-comment = 💬 Comentar
chat-button-follow = 🔔 Seguir
chat-button-following = ✓ A seguir
chat-button-similar = 🔎 Ideias parecidas
chat-button-web = 🌐 Abrir na web

## Lists of ideas

chat-list-heading =
    { $list ->
        [top] Ideias mais apoiadas
        [new] Ideias mais recentes
       *[mine] As suas ideias
    } · página { $page } de { $pages }
chat-button-open = #{ $id } { $title }
chat-button-previous = ◀
chat-button-next = ▶

## Posting an idea

chat-button-support-instead = 👍 #{ $id } { $title }
chat-button-post-anyway = Enviar mesmo assim
chat-idea-similar-ask = Toque numa ideia para a apoiar em vez de enviar a sua, ou envie a sua mesmo assim.

## Registering

chat-button-consent-yes = ✓ Sim, concordo

## The sprint team

chat-button-approve = ✓ Aprovar
chat-button-hide = 🙈 Ocultar
chat-button-respond = 💬 Responder
chat-review-idea-meta = { $kind } · por { $author } · { $date }

## Answers to button presses (at most 200 characters: Telegram shows them as a brief notice)

chat-callback-stale = Este botão é de uma mensagem antiga e já não funciona. Envie o comando novamente.
chat-callback-invalid = Desculpe, esse botão não funcionou. Envie o comando novamente.

## Conversations (the running bot)

chat-reg-ask-consent =
    Privacidade: guardamos o seu nome, a forma como se descreve e o que enviar, para gerir este sprint e lhe dizer o que acontece às ideias. Pode descarregar os seus dados com /mydata e apagá-los com /forgetme a qualquer momento.
    Concorda?
chat-idea-posted = Obrigado! A sua ideia é a #{ $id }. Outras pessoas podem apoiá-la no cartão abaixo.
chat-idea-posted-held =
    Obrigado — a sua ideia foi guardada como #{ $id }, mas fica retida até alguém da equipa a rever, porque pode conter dados pessoais ({ $reasons }).
    Assim protegemos os pacientes e os colegas. Receberá um aviso assim que for publicada.
chat-withdrawn = Esta ideia foi retirada pela equipa do sprint.
chat-card-more = … o resto, com todos os comentários: /show { $id } numa conversa privada comigo.
chat-no-comments = Ainda não há comentários. Toque em 💬 Comentar para escrever o primeiro.
