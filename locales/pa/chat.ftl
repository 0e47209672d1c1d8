# Words the chat bots share (Telegram and Discord): the buttons on idea cards, lists and the
# review queue, and the texts that go with pressing them. Button labels are short: a phone shows
# about 30 characters of a full-width button.

## Idea cards

chat-button-support = 👍 ਸਮਰਥਨ · { $count }
chat-button-supported = ✓ ਸਮਰਥਨ ਕੀਤਾ · { $count }
chat-button-comment = 💬 ਟਿੱਪਣੀ
chat-button-follow = 🔔 ਫ਼ਾਲੋ ਕਰੋ
chat-button-following = ✓ ਫ਼ਾਲੋ ਕਰ ਰਹੇ ਹੋ
chat-button-similar = 🔎 ਮਿਲਦੇ-ਜੁਲਦੇ ਵਿਚਾਰ
chat-button-web = 🌐 ਵੈੱਬ ’ਤੇ ਖੋਲ੍ਹੋ

## Lists of ideas

chat-list-heading =
    { $list ->
        [top] ਸਭ ਤੋਂ ਵੱਧ ਸਮਰਥਨ ਵਾਲੇ ਵਿਚਾਰ
        [new] ਸਭ ਤੋਂ ਨਵੇਂ ਵਿਚਾਰ
       *[mine] ਤੁਹਾਡੇ ਵਿਚਾਰ
    } · { $pages } ਵਿੱਚੋਂ ਪੰਨਾ { $page }
chat-button-open = #{ $id } { $title }
chat-button-previous = ◀
chat-button-next = ▶

## Posting an idea

chat-button-support-instead = 👍 #{ $id } { $title }
chat-button-post-anyway = ਮੇਰਾ ਵਿਚਾਰ ਫਿਰ ਵੀ ਪੋਸਟ ਕਰੋ
chat-idea-similar-ask = ਇਸਦੀ ਬਜਾਏ ਕਿਸੇ ਵਿਚਾਰ ਦਾ ਸਮਰਥਨ ਕਰਨ ਲਈ ਉਸਨੂੰ ਦਬਾਓ, ਜਾਂ ਫਿਰ ਵੀ ਆਪਣਾ ਵਿਚਾਰ ਪੋਸਟ ਕਰੋ।

## Registering

chat-button-consent-yes = ✓ ਹਾਂ, ਮੈਂ ਸਹਿਮਤ ਹਾਂ

## The sprint team

chat-button-approve = ✓ ਮਨਜ਼ੂਰ ਕਰੋ
chat-button-hide = 🙈 ਲੁਕਾਓ
chat-button-respond = 💬 ਜਵਾਬ ਦਿਓ
chat-review-idea-meta = { $kind } · { $author } ਵੱਲੋਂ · { $date }

## Answers to button presses (at most 200 characters: Telegram shows them as a brief notice)

chat-callback-stale = ਇਹ ਬਟਨ ਕਿਸੇ ਪੁਰਾਣੇ ਸੁਨੇਹੇ ਦਾ ਹੈ ਅਤੇ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਕਮਾਂਡ ਦੁਬਾਰਾ ਭੇਜੋ।
chat-callback-invalid = ਮਾਫ਼ ਕਰਨਾ, ਇਸ ਬਟਨ ਨੇ ਕੰਮ ਨਹੀਂ ਕੀਤਾ। ਕਿਰਪਾ ਕਰਕੇ ਕਮਾਂਡ ਦੁਬਾਰਾ ਭੇਜੋ।

## Conversations (the running bot)

chat-reg-ask-consent =
    ਨਿੱਜਤਾ: ਇਹ ਸਪ੍ਰਿੰਟ ਚਲਾਉਣ ਲਈ, ਅਤੇ ਤੁਹਾਨੂੰ ਇਹ ਦੱਸਣ ਲਈ ਕਿ ਵਿਚਾਰਾਂ ਦਾ ਕੀ ਬਣਦਾ ਹੈ, ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ, ਤੁਹਾਡੇ ਬਾਰੇ ਤੁਹਾਡਾ ਚੁਣਿਆ ਵਰਣਨ ਅਤੇ ਜੋ ਕੁਝ ਤੁਸੀਂ ਪੋਸਟ ਕਰਦੇ ਹੋ, ਉਹ ਰੱਖਦੇ ਹਾਂ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ /mydata ਨਾਲ ਆਪਣਾ ਡਾਟਾ ਡਾਊਨਲੋਡ ਕਰ ਸਕਦੇ ਹੋ ਅਤੇ /forgetme ਨਾਲ ਇਸਨੂੰ ਮਿਟਾ ਸਕਦੇ ਹੋ।
    ਕੀ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋ?
chat-idea-posted = ਧੰਨਵਾਦ! ਤੁਹਾਡਾ ਵਿਚਾਰ #{ $id } ਹੈ। ਦੂਜੇ ਲੋਕ ਹੇਠਾਂ ਦਿੱਤੇ ਇਸਦੇ ਕਾਰਡ ਤੋਂ ਇਸਦਾ ਸਮਰਥਨ ਕਰ ਸਕਦੇ ਹਨ।
chat-idea-posted-held =
    ਧੰਨਵਾਦ — ਤੁਹਾਡਾ ਵਿਚਾਰ #{ $id } ਵਜੋਂ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ, ਪਰ ਜਦੋਂ ਤੱਕ ਟੀਮ ਵਿੱਚੋਂ ਕੋਈ ਇਸਦੀ ਜਾਂਚ ਨਹੀਂ ਕਰ ਲੈਂਦਾ, ਅਸੀਂ ਇਸਨੂੰ ਰੋਕ ਕੇ ਰੱਖ ਰਹੇ ਹਾਂ, ਕਿਉਂਕਿ ਇਸ ਵਿੱਚ ਨਿੱਜੀ ਵੇਰਵੇ ਹੋ ਸਕਦੇ ਹਨ ({ $reasons })।
    ਇਸ ਨਾਲ ਮਰੀਜ਼ ਅਤੇ ਸਾਥੀ ਸੁਰੱਖਿਅਤ ਰਹਿੰਦੇ ਹਨ। ਜਿਵੇਂ ਹੀ ਇਹ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋਵੇਗਾ, ਤੁਹਾਨੂੰ ਦੱਸਿਆ ਜਾਵੇਗਾ।
chat-withdrawn = ਸਪ੍ਰਿੰਟ ਟੀਮ ਨੇ ਇਹ ਵਿਚਾਰ ਵਾਪਸ ਲੈ ਲਿਆ ਹੈ।
chat-card-more = … ਬਾਕੀ ਹਿੱਸਾ, ਸਾਰੀਆਂ ਟਿੱਪਣੀਆਂ ਸਮੇਤ: ਮੇਰੇ ਨਾਲ ਨਿੱਜੀ ਚੈਟ ਵਿੱਚ /show { $id } ਭੇਜੋ।
chat-no-comments = ਅਜੇ ਕੋਈ ਟਿੱਪਣੀ ਨਹੀਂ। ਪਹਿਲੀ ਟਿੱਪਣੀ ਕਰਨ ਲਈ 💬 ਟਿੱਪਣੀ ਦਬਾਓ।
