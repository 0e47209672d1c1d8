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

telegram-text-only = ਮੈਂ ਅਜੇ ਸਿਰਫ਼ ਲਿਖਤ ਹੀ ਪੜ੍ਹ ਸਕਦਾ ਹਾਂ। ਆਪਣਾ ਵਿਚਾਰ ਸ਼ਬਦਾਂ ਵਿੱਚ ਭੇਜੋ, ਜਾਂ ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ ਇਹ ਦੇਖਣ ਲਈ /help ਭੇਜੋ।
telegram-go-private = ਆਓ ਨਿੱਜੀ ਚੈਟ ਵਿੱਚ ਗੱਲ ਜਾਰੀ ਰੱਖੀਏ, ਤਾਂ ਜੋ ਗਰੁੱਪ ਸੁਨੇਹਿਆਂ ਨਾਲ ਨਾ ਭਰ ਜਾਵੇ।
telegram-sent-privately = ਮੈਂ ਤੁਹਾਨੂੰ ਨਿੱਜੀ ਚੈਟ ਵਿੱਚ ਜਵਾਬ ਦਿੱਤਾ ਹੈ: ਇਹ ਸਿਰਫ਼ ਤੁਸੀਂ ਦੇਖ ਸਕਦੇ ਹੋ।
telegram-button-open-private = 💬 ਨਿੱਜੀ ਚੈਟ ਖੋਲ੍ਹੋ
telegram-language-pick = ਤੁਸੀਂ ਕਿਹੜੀ ਭਾਸ਼ਾ ਚਾਹੋਗੇ?
telegram-exported =
    { $table ->
        [updates] ਸਪ੍ਰਿੰਟ { $sprint } ਦੇ ਟੀਮ ਅੱਪਡੇਟ: { $count }।
        [responses] ਸਪ੍ਰਿੰਟ { $sprint } ਦੀਆਂ ਟਿੱਪਣੀਆਂ, ਜੋ ਜਵਾਬ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ ਜਾਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਜਵਾਬ ਮਿਲ ਚੁੱਕਾ ਹੈ: { $count }।
       *[ideas] { $count ->
            [one] ਸਪ੍ਰਿੰਟ { $sprint } ਵਿੱਚੋਂ { $count } ਵਿਚਾਰ।
           *[other] ਸਪ੍ਰਿੰਟ { $sprint } ਵਿੱਚੋਂ { $count } ਵਿਚਾਰ।
        }
    }
telegram-no-similar = ਅਜੇ ਕੋਈ ਮਿਲਦਾ-ਜੁਲਦਾ ਵਿਚਾਰ ਨਹੀਂ।
