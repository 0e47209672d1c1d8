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

telegram-text-only = I can only read text for now. Send your idea in words, or /help to see what you can do.
telegram-go-private = Let's carry on in a private chat, so the group isn't flooded.
telegram-sent-privately = I've answered you in a private chat: only you can see it.
telegram-button-open-private = 💬 Open a private chat
telegram-language-pick = Which language would you like?
telegram-exported =
    { $table ->
        [updates] Team updates from sprint { $sprint }: { $count }.
        [responses] Comments awaiting or given a response in sprint { $sprint }: { $count }.
       *[ideas] { $count ->
            [one] 1 idea from sprint { $sprint }.
           *[other] { $count } ideas from sprint { $sprint }.
        }
    }
telegram-no-similar = No similar ideas yet.
