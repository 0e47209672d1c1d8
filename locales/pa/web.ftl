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
web-updates-heading = ਸਪ੍ਰਿੰਟ ਟੀਮ ਵੱਲੋਂ
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
web-outcome-heading = ਇਸਦਾ ਕੀ ਬਣਿਆ

## When a page cannot be shown

web-not-found-heading = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
web-not-found = ਇੱਥੇ ਪੜ੍ਹਨ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਇਸਨੂੰ ਕਿਤੇ ਹੋਰ ਲਿਜਾਇਆ ਗਿਆ ਹੋਵੇ ਜਾਂ ਕਿਸੇ ਹੋਰ ਵਿਚਾਰ ਵਿੱਚ ਮਿਲਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ, ਜਾਂ ਇਹ ਜਨਤਕ ਨਾ ਹੋਵੇ।
web-error-heading = ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ
web-error = ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਪੰਨਾ ਦਿਖਾਇਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਮਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਇਹ ਵਾਰ-ਵਾਰ ਹੁੰਦਾ ਹੈ, ਤਾਂ ਸਪ੍ਰਿੰਟ ਟੀਮ ਨੂੰ ਇਹ ਹਵਾਲਾ ਦੱਸੋ: { $reference }

## The staff dashboard (/staff): champions, moderators and admins, signed in with /web

web-sign-in-heading = ਸਟਾਫ਼ ਡੈਸ਼ਬੋਰਡ ਵਿੱਚ ਸਾਈਨ ਇਨ ਕਰੋ
web-sign-in-intro = ਇਹ ਲਿੰਕ ਸਿਰਫ਼ ਤੁਹਾਡਾ ਹੈ ਅਤੇ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ। ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਬਟਨ ਦਬਾਓ। ਤੁਸੀਂ { $hours } ਘੰਟਿਆਂ ਲਈ ਸਾਈਨ ਇਨ ਰਹੋਗੇ।
web-sign-in-button = ਸਾਈਨ ਇਨ ਕਰੋ
web-signed-out-heading = ਤੁਸੀਂ ਸਾਈਨ ਆਊਟ ਹੋ ਗਏ ਹੋ
web-signed-out = ਸਟਾਫ਼ ਡੈਸ਼ਬੋਰਡ ਵਰਤਣ ਲਈ, ਆਪਣੀ ਚੈਟ ਵਿੱਚ ਬੋਟ ਨੂੰ /web ਭੇਜੋ। ਇਹ ਤੁਹਾਨੂੰ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਇੱਕ ਲਿੰਕ ਭੇਜੇਗਾ, ਜੋ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ, { $minutes } ਮਿੰਟਾਂ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ।
web-staff-heading = ਸਟਾਫ਼ ਡੈਸ਼ਬੋਰਡ
web-staff-signed-in = ਤੁਸੀਂ { $role } ਵਜੋਂ ਸਾਈਨ ਇਨ ਹੋ
web-staff-sign-out = ਸਾਈਨ ਆਊਟ ਕਰੋ
web-staff-sprint = ਸਪ੍ਰਿੰਟ
web-staff-show = ਦਿਖਾਓ
web-staff-review-heading = ਜਾਂਚ ਦੀ ਉਡੀਕ ਵਿੱਚ
web-staff-awaiting-heading = ਜਵਾਬ ਦੀ ਉਡੀਕ ਵਿੱਚ
web-staff-awaiting-count =
    { $count ->
        [0] { $count } ਟਿੱਪਣੀਆਂ ਟੀਮ ਦੇ ਜਵਾਬ ਦੀ ਉਡੀਕ ਕਰ ਰਹੀਆਂ ਹਨ।
        [one] { $count } ਟਿੱਪਣੀ ਟੀਮ ਦੇ ਜਵਾਬ ਦੀ ਉਡੀਕ ਕਰ ਰਹੀ ਹੈ।
       *[other] { $count } ਟਿੱਪਣੀਆਂ ਟੀਮ ਦੇ ਜਵਾਬ ਦੀ ਉਡੀਕ ਕਰ ਰਹੀਆਂ ਹਨ।
    }
web-staff-idea = ਵਿਚਾਰ #{ $id }: { $title }
web-staff-comment = “{ $title }” ’ਤੇ ਟਿੱਪਣੀ c{ $id }
web-staff-waiting = { $author } · ਉਡੀਕ: { $age }
wait-length =
    { $unit ->
        [minutes] { $count ->
            [one] { $count } ਮਿੰਟ
           *[other] { $count } ਮਿੰਟ
        }
        [hours] { $count ->
            [one] { $count } ਘੰਟਾ
           *[other] { $count } ਘੰਟੇ
        }
       *[days] { $count ->
            [one] { $count } ਦਿਨ
           *[other] { $count } ਦਿਨ
        }
    }
web-staff-held = ਰੋਕਿਆ ਗਿਆ: ਇਸ ਵਿੱਚ ਨਿੱਜੀ ਵੇਰਵੇ ਹੋ ਸਕਦੇ ਹਨ
web-staff-approve = ਮਨਜ਼ੂਰ ਕਰੋ
web-staff-hide = ਲੁਕਾਓ
web-staff-hide-reason = ਲੁਕਾਉਣ ਦਾ ਕਾਰਨ (ਲੇਖਕ ਨੂੰ ਦੱਸਿਆ ਜਾਂਦਾ ਹੈ)
web-staff-respond = ਜਵਾਬ ਦਿਓ
web-staff-response = ਤੁਹਾਡਾ ਜਵਾਬ (ਸਪ੍ਰਿੰਟ ਟੀਮ ਦੇ ਜਵਾਬ ਵਜੋਂ ਜਨਤਕ ਤੌਰ ’ਤੇ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ)
web-staff-done =
    { $action ->
        [approve] { $target } ਮਨਜ਼ੂਰ ਕੀਤਾ ਗਿਆ।
        [hide] { $target } ਲੁਕਾਇਆ ਗਿਆ। ਲੇਖਕ ਨੂੰ ਕਾਰਨ ਦੱਸਿਆ ਜਾਵੇਗਾ।
       *[respond] { $target } ਲਈ ਤੁਹਾਡਾ ਜਵਾਬ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ। ਇਸਦੇ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋਣ ’ਤੇ ਲੇਖਕ ਨੂੰ ਦੱਸਿਆ ਜਾਵੇਗਾ।
    }
web-staff-failed-heading = ਇਹ ਕੰਮ ਨਹੀਂ ਹੋ ਸਕਿਆ
web-staff-stale-form = ਇਸ ਫ਼ਾਰਮ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ। ਡੈਸ਼ਬੋਰਡ ’ਤੇ ਵਾਪਸ ਜਾਓ, ਪੰਨਾ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ ਅਤੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
web-staff-unknown-target = ਅਸੀਂ ਅਜਿਹੇ ਕਿਸੇ ਵਿਚਾਰ ਜਾਂ ਟਿੱਪਣੀ ਨੂੰ ਨਹੀਂ ਜਾਣਦੇ।
web-staff-charts-heading = ਚਾਰਟ
web-chart-activity = ਸਮੇਂ ਦੇ ਨਾਲ ਭਾਗੀਦਾਰੀ
web-chart-challenges = ਹਰ ਚੁਣੌਤੀ ਦੇ ਵਿਚਾਰ ਅਤੇ ਸਮਰਥਕ
web-chart-described = ਕਿਸ-ਕਿਸ ਨੇ ਹਿੱਸਾ ਲਿਆ
web-chart-responses = ਪਹਿਲੇ ਜਵਾਬ ਤੱਕ ਦਾ ਸਮਾਂ
web-chart-data = ਇਸ ਚਾਰਟ ਦੇ ਪਿੱਛੇ ਦੇ ਅੰਕੜੇ
web-chart-day = ਦਿਨ
web-chart-ideas = ਵਿਚਾਰ
web-chart-comments = ਟਿੱਪਣੀਆਂ
web-chart-votes = ਸਮਰਥਨ
web-chart-supporters = ਸਮਰਥਕ
web-chart-people = ਲੋਕ
web-chart-challenge = ਚੁਣੌਤੀ
web-chart-describes = ਆਪਣੇ ਆਪ ਨੂੰ ਕੀ ਦੱਸਦੇ ਹਨ
web-chart-wait = ਉਡੀਕ ਦਾ ਸਮਾਂ
web-chart-answered = ਜਵਾਬ ਮਿਲੀਆਂ ਟਿੱਪਣੀਆਂ
web-wait-band =
    { $band ->
        [day] ਇੱਕ ਦਿਨ ਦੇ ਅੰਦਰ
        [two-days] 1 ਤੋਂ 2 ਦਿਨ
        [five-days] 2 ਤੋਂ 5 ਦਿਨ
        [ten-days] 5 ਤੋਂ 10 ਦਿਨ
       *[more] 10 ਦਿਨਾਂ ਤੋਂ ਵੱਧ
    }
web-staff-downloads = ਡਾਊਨਲੋਡ
web-staff-download =
    { $table ->
        [updates] ਟੀਮ ਦੇ ਅੱਪਡੇਟ
        [responses] ਹਰ ਟਿੱਪਣੀ ਦੀ ਜਵਾਬ ਲਈ ਉਡੀਕ
       *[ideas] ਸਪ੍ਰਿੰਟ ਦੇ ਵਿਚਾਰ ਅਤੇ ਟਿੱਪਣੀਆਂ
    } ({ $format ->
        [csv] CSV, ਸਪ੍ਰੈਡਸ਼ੀਟਾਂ ਲਈ
       *[json] JSON
    })

## Taking part from the board

web-join-telegram = Telegram ’ਤੇ ਇਸਦਾ ਸਮਰਥਨ ਕਰੋ ਜਾਂ ਟਿੱਪਣੀ ਕਰੋ
