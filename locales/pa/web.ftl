# The web board's words: the public pages anyone can read without joining a chat. Titles,
# stages, counts and the idea details come from core.ftl, as in the chats.
# Panjabi (Gurmukhi). Glossary: locales/pa/glossary.toml.

web-site-name = crowdsprint
web-skip-link = ਮੁੱਖ ਸਮੱਗਰੀ ’ਤੇ ਜਾਓ
web-language = ਭਾਸ਼ਾ
web-footer = ਦੇਖਭਾਲ ਦੇਣ ਅਤੇ ਲੈਣ ਵਾਲੇ ਲੋਕਾਂ ਦੇ ਵਿਚਾਰ, ਜੋ ਲਿਖਣ ਵਾਲਿਆਂ ਨੇ ਆਪ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤੇ ਹਨ। ਵਿਚਾਰ ਪੋਸਟ ਕਰਨ, ਉਹਨਾਂ ਦਾ ਸਮਰਥਨ ਕਰਨ ਅਤੇ ਟਿੱਪਣੀ ਕਰਨ ਲਈ Telegram ਜਾਂ Discord ’ਤੇ ਕਿਸੇ ਸਪ੍ਰਿੰਟ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ।
web-breadcrumbs = ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ

## The list of sprints

web-sprints-heading = ਸਪ੍ਰਿੰਟ
web-sprints-intro = ਹਰ ਸਪ੍ਰਿੰਟ ਕੁਝ ਸਵਾਲ ਪੁੱਛਦਾ ਹੈ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਚੁਣੌਤੀਆਂ ਕਿਹਾ ਜਾਂਦਾ ਹੈ। ਪੜ੍ਹੋ ਕਿ ਲੋਕਾਂ ਨੇ ਕਿਹੜੇ ਵਿਚਾਰ ਦਿੱਤੇ ਅਤੇ ਸਪ੍ਰਿੰਟ ਟੀਮ ਨੇ ਉਹਨਾਂ ਨੂੰ ਕੀ ਜਵਾਬ ਦਿੱਤਾ।
web-no-sprints = ਅਜੇ ਪੜ੍ਹਨ ਲਈ ਕੋਈ ਸਪ੍ਰਿੰਟ ਨਹੀਂ ਹੈ।

## A sprint

web-challenges-heading = ਚੁਣੌਤੀਆਂ
web-themes-heading = ਵਿਸ਼ੇ
web-big-ideas-heading = ਵੱਡੇ ਵਿਚਾਰ
web-theme-ideas =
    { $count ->
        [one] { $count } ਵਿਚਾਰ
       *[other] { $count } ਵਿਚਾਰ
    }
web-all-sprints = ਸਾਰੇ ਸਪ੍ਰਿੰਟ

## A challenge

web-order-top = ਸਭ ਤੋਂ ਵੱਧ ਸਮਰਥਨ ਵਾਲੇ
web-order-new = ਸਭ ਤੋਂ ਨਵੇਂ
web-order-label = ਵਿਚਾਰਾਂ ਦਾ ਕ੍ਰਮ
web-no-ideas = ਇਸ ਚੁਣੌਤੀ ਵਿੱਚ ਅਜੇ ਕੋਈ ਵਿਚਾਰ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਹੋਇਆ ਹੈ।
web-page = { $pages } ਵਿੱਚੋਂ ਪੰਨਾ { $page }
web-previous = ਪਿਛਲਾ ਪੰਨਾ
web-next = ਅਗਲਾ ਪੰਨਾ
web-pages = ਪੰਨੇ

## An idea

web-supporters =
    { $count ->
        [one] { $count } ਸਮਰਥਕ
       *[other] { $count } ਸਮਰਥਕ
    }
web-comment-count =
    { $count ->
        [0] { $count } ਟਿੱਪਣੀਆਂ
        [one] { $count } ਟਿੱਪਣੀ
       *[other] { $count } ਟਿੱਪਣੀਆਂ
    }
web-comments-heading = ਟਿੱਪਣੀਆਂ ਅਤੇ ਜਵਾਬ
web-no-comments = ਅਜੇ ਕੋਈ ਟਿੱਪਣੀ ਨਹੀਂ।
web-response = ਸਪ੍ਰਿੰਟ ਟੀਮ ਵੱਲੋਂ ਜਵਾਬ
web-stage = ਪੜਾਅ: { $stage }
web-themes = ਵਿਸ਼ੇ: { $themes }

## When a page cannot be shown

web-not-found-heading = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
web-not-found = ਇੱਥੇ ਪੜ੍ਹਨ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਇਸਨੂੰ ਕਿਤੇ ਹੋਰ ਲਿਜਾਇਆ ਗਿਆ ਹੋਵੇ ਜਾਂ ਕਿਸੇ ਹੋਰ ਵਿਚਾਰ ਵਿੱਚ ਮਿਲਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ, ਜਾਂ ਇਹ ਜਨਤਕ ਨਾ ਹੋਵੇ।
web-error-heading = ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ
web-error = ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਪੰਨਾ ਦਿਖਾਇਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਮਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਇਹ ਵਾਰ-ਵਾਰ ਹੁੰਦਾ ਹੈ, ਤਾਂ ਸਪ੍ਰਿੰਟ ਟੀਮ ਨੂੰ ਇਹ ਹਵਾਲਾ ਦੱਸੋ: { $reference }
