# The Telegram bot's own words: the few texts that differ from the console's because Telegram
# has buttons where the console has typed commands. Everything else the bot says comes from
# chat.ftl (shared with Discord), core.ftl and errors.ftl. Button labels are short:
# a phone shows about 30 characters of a full-width button.

## Idea cards


## Lists of ideas

telegram-button-page = { $page }/{ $pages }

## Posting an idea


## Registering


## Conversations (the running bot)

telegram-text-only = Por agora só consigo ler texto. Envie a sua ideia por escrito, ou /help para ver o que pode fazer.
telegram-go-private = Vamos continuar numa conversa privada, para não encher o grupo de mensagens.
telegram-sent-privately = Enviei-lhe a resposta numa conversa privada: mais ninguém a pode ver.
telegram-button-open-private = 💬 Conversa privada
telegram-language-pick = Que idioma prefere?
telegram-exported =
    { $table ->
        [updates] Atualizações da equipa do sprint { $sprint }: { $count }.
        [responses] Comentários que aguardam ou já receberam resposta no sprint { $sprint }: { $count }.
       *[ideas] { $count ->
            [0] 0 ideias do sprint { $sprint }.
            [one] { $count } ideia do sprint { $sprint }.
           *[other] { $count } ideias do sprint { $sprint }.
        }
    }
telegram-no-similar = Ainda não há ideias parecidas.
