### What went wrong, and what to do next. Read on a phone, often on a break: keep each one
### short, plain and kind, and always say how to put it right.

## Mistakes in what someone typed (UserError). $field is one of the TextField keys.
## In Panjabi the verb agrees with the field's noun, so each variant is a whole clause.

error-text-empty =
    { $field ->
        [title] ਸਿਰਲੇਖ ਖ਼ਾਲੀ ਨਹੀਂ ਹੋ ਸਕਦਾ।
        [body] ਵੇਰਵੇ ਖ਼ਾਲੀ ਨਹੀਂ ਹੋ ਸਕਦੇ।
        [comment] ਤੁਹਾਡੀ ਟਿੱਪਣੀ ਖ਼ਾਲੀ ਨਹੀਂ ਹੋ ਸਕਦੀ।
        [name] ਤੁਹਾਡਾ ਨਾਮ ਖ਼ਾਲੀ ਨਹੀਂ ਹੋ ਸਕਦਾ।
        [reason] ਕਾਰਨ ਖ਼ਾਲੀ ਨਹੀਂ ਹੋ ਸਕਦਾ।
        [description] ਵਰਣਨ ਖ਼ਾਲੀ ਨਹੀਂ ਹੋ ਸਕਦਾ।
        [organisation] ਸੰਸਥਾ ਦਾ ਨਾਮ ਖ਼ਾਲੀ ਨਹੀਂ ਹੋ ਸਕਦਾ।
        [region] ਖੇਤਰ ਖ਼ਾਲੀ ਨਹੀਂ ਹੋ ਸਕਦਾ।
       *[other] ਇਹ ਖ਼ਾਲੀ ਨਹੀਂ ਹੋ ਸਕਦਾ।
    } ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਸ਼ਬਦ ਲਿਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

error-text-too-long =
    { $field ->
        [title] ਸਿਰਲੇਖ ਬਹੁਤ ਲੰਮਾ ਹੈ
        [body] ਵੇਰਵੇ ਬਹੁਤ ਲੰਮੇ ਹਨ
        [comment] ਤੁਹਾਡੀ ਟਿੱਪਣੀ ਬਹੁਤ ਲੰਮੀ ਹੈ
        [name] ਤੁਹਾਡਾ ਨਾਮ ਬਹੁਤ ਲੰਮਾ ਹੈ
        [reason] ਕਾਰਨ ਬਹੁਤ ਲੰਮਾ ਹੈ
        [description] ਵਰਣਨ ਬਹੁਤ ਲੰਮਾ ਹੈ
        [organisation] ਸੰਸਥਾ ਦਾ ਨਾਮ ਬਹੁਤ ਲੰਮਾ ਹੈ
        [region] ਖੇਤਰ ਦਾ ਨਾਮ ਬਹੁਤ ਲੰਮਾ ਹੈ
       *[other] ਇਹ ਬਹੁਤ ਲੰਮਾ ਹੈ
    }: { $actual } ਅੱਖਰ, ਜਦਕਿ ਹੱਦ { $max } ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਛੋਟਾ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

error-text-control-characters =
    { $field ->
        [title] ਸਿਰਲੇਖ ਵਿੱਚ
        [body] ਵੇਰਵਿਆਂ ਵਿੱਚ
        [comment] ਤੁਹਾਡੀ ਟਿੱਪਣੀ ਵਿੱਚ
        [name] ਤੁਹਾਡੇ ਨਾਮ ਵਿੱਚ
        [reason] ਕਾਰਨ ਵਿੱਚ
        [description] ਵਰਣਨ ਵਿੱਚ
        [organisation] ਸੰਸਥਾ ਦੇ ਨਾਮ ਵਿੱਚ
        [region] ਖੇਤਰ ਦੇ ਨਾਮ ਵਿੱਚ
       *[other] ਇਸ ਵਿੱਚ
    } ਲਾਈਨ ਬ੍ਰੇਕ ਜਾਂ ਕੋਈ ਲੁਕਿਆ ਹੋਇਆ ਅੱਖਰ ਹੈ ਜੋ ਅਸੀਂ ਵਰਤ ਨਹੀਂ ਸਕਦੇ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਸਾਦੀ ਲਿਖਤ ਵਜੋਂ ਦੁਬਾਰਾ ਟਾਈਪ ਕਰੋ।

## Registering and permissions

error-not-registered = ਪਹਿਲਾਂ ਤੁਹਾਨੂੰ ਰਜਿਸਟਰ ਕਰਨਾ ਪਵੇਗਾ — ਇਸ ਵਿੱਚ ਬੱਸ ਕੁਝ ਸਕਿੰਟ ਲੱਗਦੇ ਹਨ। ਸ਼ੁਰੂ ਕਰਨ ਲਈ /start ਭੇਜੋ।
error-already-registered = ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਰਜਿਸਟਰ ਹੋ, ਇਸ ਲਈ ਹੋਰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ। ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ, ਇਹ ਦੇਖਣ ਲਈ /help ਭੇਜੋ।
error-consent-required = ਅਸੀਂ ਤੁਹਾਨੂੰ ਤਾਂ ਹੀ ਰਜਿਸਟਰ ਕਰ ਸਕਦੇ ਹਾਂ ਜੇ ਤੁਸੀਂ ਸਾਡੇ ਵੱਲੋਂ ਤੁਹਾਡੇ ਵੇਰਵੇ ਰੱਖਣ ਲਈ ਸਹਿਮਤ ਹੋਵੋ। ਜਦੋਂ ਤੁਸੀਂ ਸਹਿਮਤੀ ਦੇਣ ਲਈ ਤਿਆਰ ਹੋਵੋ, ਤਾਂ /start ਭੇਜੋ।
error-not-allowed =
    ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਸਿਰਫ਼ { $role ->
        [member] ਰਜਿਸਟਰ ਹੋਏ ਮੈਂਬਰ
        [champion] ਚੈਂਪੀਅਨ
        [moderator] ਮਾਡਰੇਟਰ
       *[admin] ਐਡਮਿਨ
    } ਹੀ ਕਰ ਸਕਦੇ ਹਨ। ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਹਾਨੂੰ ਇਸਦੀ ਇਜਾਜ਼ਤ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੇ ਕਮਿਊਨਿਟੀ ਮੈਨੇਜਰ ਨੂੰ ਪੁੱਛੋ।
error-banned = ਤੁਸੀਂ ਅਜੇ ਵੀ ਸਭ ਕੁਝ ਪੜ੍ਹ ਸਕਦੇ ਹੋ, ਪਰ ਇਸ ਵੇਲੇ ਤੁਸੀਂ ਪੋਸਟ ਨਹੀਂ ਕਰ ਸਕਦੇ, ਵਿਚਾਰਾਂ ਦਾ ਸਮਰਥਨ ਨਹੀਂ ਕਰ ਸਕਦੇ ਅਤੇ ਟਿੱਪਣੀ ਨਹੀਂ ਕਰ ਸਕਦੇ। ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਗ਼ਲਤੀ ਹੈ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੇ ਕਮਿਊਨਿਟੀ ਮੈਨੇਜਰ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।

## Things that can't be found

error-sprint-not-found = ਸਪ੍ਰਿੰਟ { $id } ਮੌਜੂਦ ਨਹੀਂ ਹੈ — /sprints ਨਾਲ ਸਹੀ ਨੰਬਰ ਦੇਖ ਲਓ।
error-challenge-not-found = ਚੁਣੌਤੀ { $id } ਮੌਜੂਦ ਨਹੀਂ ਹੈ — /challenges ਨਾਲ ਸਹੀ ਨੰਬਰ ਦੇਖ ਲਓ।
error-idea-not-found = ਵਿਚਾਰ #{ $id } ਮੌਜੂਦ ਨਹੀਂ ਹੈ — /ideas ਨਾਲ ਸਹੀ ਨੰਬਰ ਦੇਖ ਲਓ।
error-comment-not-found = ਟਿੱਪਣੀ c{ $id } ਮੌਜੂਦ ਨਹੀਂ ਹੈ — ਵਿਚਾਰ ਦੀਆਂ ਟਿੱਪਣੀਆਂ ਅਤੇ ਉਹਨਾਂ ਦੇ ਨੰਬਰ ਦੇਖਣ ਲਈ ਉਸਨੂੰ /show ਨਾਲ ਖੋਲ੍ਹੋ।
error-theme-not-found = ਵਿਸ਼ਾ { $id } ਮੌਜੂਦ ਨਹੀਂ ਹੈ — /theme list ਨਾਲ ਸਹੀ ਨੰਬਰ ਦੇਖ ਲਓ।
error-big-idea-not-found = ਵੱਡਾ ਵਿਚਾਰ { $id } ਮੌਜੂਦ ਨਹੀਂ ਹੈ — /bigidea list ਨਾਲ ਸਹੀ ਨੰਬਰ ਦੇਖ ਲਓ।
error-member-not-found = ਸਾਨੂੰ ਇਹ ਮੈਂਬਰ ਨਹੀਂ ਲੱਭਿਆ — ਮੈਂਬਰ ਨੰਬਰ ਦੇਖ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Sprints, support and comments

error-sprint-not-open = ਸਪ੍ਰਿੰਟ { $id } ਇਸ ਵੇਲੇ ਖੁੱਲ੍ਹਾ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਸ ਵਿੱਚ ਨਵੇਂ ਵਿਚਾਰ ਜਾਂ ਸਮਰਥਨ ਨਹੀਂ ਦਿੱਤੇ ਜਾ ਸਕਦੇ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਵਿਚਾਰ ਪੜ੍ਹ ਸਕਦੇ ਹੋ ਅਤੇ ਉਹਨਾਂ ’ਤੇ ਟਿੱਪਣੀ ਕਰ ਸਕਦੇ ਹੋ। ਕਿਹੜਾ ਸਪ੍ਰਿੰਟ ਖੁੱਲ੍ਹਾ ਹੈ, ਇਹ ਦੇਖਣ ਲਈ /sprints ਭੇਜੋ।
error-no-open-sprint = ਇਸ ਵੇਲੇ ਕੋਈ ਸਪ੍ਰਿੰਟ ਖੁੱਲ੍ਹਾ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਅਜੇ ਵਿਚਾਰ ਪੋਸਟ ਕਰਨ ਦੀ ਕੋਈ ਥਾਂ ਨਹੀਂ ਹੈ। ਅੱਗੇ ਕੀ ਆ ਰਿਹਾ ਹੈ, ਇਹ ਦੇਖਣ ਲਈ /sprints ਭੇਜੋ।
error-already-supported = ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਵਿਚਾਰ #{ $id } ਦਾ ਸਮਰਥਨ ਕਰਦੇ ਹੋ — ਧੰਨਵਾਦ! ਆਪਣਾ ਸਮਰਥਨ ਵਾਪਸ ਲੈਣ ਲਈ /unsupport { $id } ਭੇਜੋ।
error-not-supported = ਤੁਸੀਂ ਵਿਚਾਰ #{ $id } ਦਾ ਸਮਰਥਨ ਨਹੀਂ ਕਰਦੇ, ਇਸ ਲਈ ਵਾਪਸ ਲੈਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ। ਇਸਦਾ ਸਮਰਥਨ ਕਰਨ ਲਈ /support { $id } ਭੇਜੋ।
error-reply-too-deep = ਤੁਸੀਂ ਕਿਸੇ ਟਿੱਪਣੀ ਦਾ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ, ਪਰ ਕਿਸੇ ਜਵਾਬ ਦਾ ਜਵਾਬ ਨਹੀਂ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਦੀ ਬਜਾਏ ਅਸਲ ਟਿੱਪਣੀ ਦਾ ਜਵਾਬ ਦਿਓ।

## Moderation

error-merge-into-itself = ਕਿਸੇ ਵਿਚਾਰ ਨੂੰ ਉਸੇ ਵਿੱਚ ਨਹੀਂ ਮਿਲਾਇਆ ਜਾ ਸਕਦਾ — ਕਿਰਪਾ ਕਰਕੇ ਦੋ ਵੱਖ-ਵੱਖ ਵਿਚਾਰ ਚੁਣੋ।
error-merge-across-sprints = ਇਹ ਵਿਚਾਰ ਵੱਖ-ਵੱਖ ਸਪ੍ਰਿੰਟਾਂ ਵਿੱਚ ਹਨ, ਇਸ ਲਈ ਇਹਨਾਂ ਨੂੰ ਮਿਲਾਇਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਸਿਰਫ਼ ਇੱਕੋ ਸਪ੍ਰਿੰਟ ਦੇ ਵਿਚਾਰ ਮਿਲਾਏ ਜਾ ਸਕਦੇ ਹਨ।
error-idea-merged = ਵਿਚਾਰ #{ $id } ਨੂੰ ਵਿਚਾਰ #{ $into } ਵਿੱਚ ਮਿਲਾ ਦਿੱਤਾ ਗਿਆ ਹੈ, ਜੋ ਇਸ ਨਾਲ ਬਹੁਤ ਮਿਲਦਾ-ਜੁਲਦਾ ਹੈ, ਅਤੇ ਇਸਦਾ ਸਮਰਥਨ ਵੀ ਉੱਥੇ ਚਲਾ ਗਿਆ ਹੈ। ਇਸਨੂੰ /show { $into } ਨਾਲ ਦੇਖੋ।
error-already-visible = ਇਹ ਪਹਿਲਾਂ ਹੀ ਸਾਰਿਆਂ ਨੂੰ ਦਿਖਾਈ ਦੇ ਰਿਹਾ ਹੈ — ਮਨਜ਼ੂਰ ਕਰਨ ਜਾਂ ਵਾਪਸ ਲਿਆਉਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ।
error-already-hidden = ਇਹ ਪਹਿਲਾਂ ਹੀ ਲੁਕਾਇਆ ਹੋਇਆ ਹੈ। ਇਸਨੂੰ ਦੁਬਾਰਾ ਦਿਖਾਉਣ ਲਈ /restore ਵਰਤੋ।
error-window-backwards = ਬੰਦ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਖੁੱਲ੍ਹਣ ਦੀ ਤਾਰੀਖ਼ ਤੋਂ ਪਹਿਲਾਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਤਾਰੀਖ਼ਾਂ (ਜਿਵੇਂ 2026-06-30) ਦੇਖ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-link-code-invalid = ਇਹ ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ, ਜਾਂ ਇਸਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ। ਨਵਾਂ ਕੋਡ ਲੈਣ ਲਈ ਜਿਹੜੀ ਐਪ ਤੁਸੀਂ ਪਹਿਲਾਂ ਤੋਂ ਵਰਤਦੇ ਹੋ, ਉਸ ਵਿੱਚ /link ਭੇਜੋ, ਫਿਰ ਇੱਥੇ /link CODE ਭੇਜੋ।
error-claim-code-invalid = ਇਹ ਕਲੇਮ ਕੋਡ ਪਛਾਣਿਆ ਨਹੀਂ ਗਿਆ। ਵਿਚਾਰ ਦਰਜ ਕਰਨ ਵਾਲੇ ਚੈਂਪੀਅਨ ਤੋਂ ਇਸਦੀ ਪੁਸ਼ਟੀ ਕਰੋ: ਇਸ ਵਿੱਚ ਛੇ ਅੱਖਰ ਅਤੇ ਅੰਕ ਹੁੰਦੇ ਹਨ, ਜਿਵੇਂ K7Q2XM।
error-update-link-invalid = ਇਹ ਲਿੰਕ ਵੈੱਬ ਪਤੇ ਵਰਗਾ ਨਹੀਂ ਲੱਗਦਾ। ਪੂਰਾ ਪਤਾ ਦਿਓ, ਜੋ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਵੇ ਅਤੇ ਜਿਸ ਵਿੱਚ ਕੋਈ ਖਾਲੀ ਥਾਂ ਨਾ ਹੋਵੇ।
error-already-claimed = ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਵਿਚਾਰ #{ $id } ਦੇ ਸਹਿ-ਲੇਖਕ ਹੋ।
error-already-linked = ਇਹ ਖਾਤਾ ਪਹਿਲਾਂ ਹੀ ਤੁਹਾਡੇ ਨਾਲ ਜੁੜਿਆ ਹੋਇਆ ਹੈ — ਹੋਰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ।
error-not-on-yourself = ਤੁਸੀਂ ਇਹ ਆਪਣੇ ਹੀ ਖਾਤੇ ’ਤੇ ਨਹੀਂ ਕਰ ਸਕਦੇ — ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਹੋਰ ਮਾਡਰੇਟਰ ਜਾਂ ਐਡਮਿਨ ਨੂੰ ਕਹੋ।
error-already-banned = ਮੈਂਬਰ { $member } ਨੂੰ ਪਹਿਲਾਂ ਹੀ ਪੋਸਟ ਕਰਨ ਤੋਂ ਰੋਕਿਆ ਹੋਇਆ ਹੈ।
error-not-banned = ਮੈਂਬਰ { $member } ’ਤੇ ਪਾਬੰਦੀ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਹਟਾਉਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ।
error-nothing-to-review = ਜਾਂਚ ਲਈ ਕੁਝ ਵੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ ਹੈ — ਹਰ ਚੀਜ਼ ਦੀ ਜਾਂਚ ਹੋ ਚੁੱਕੀ ਹੈ। ਧੰਨਵਾਦ!
error-stage-unchanged = ਇਹ ਪਹਿਲਾਂ ਹੀ ਉਸ ਪੜਾਅ ’ਤੇ ਹੈ — ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-pause-too-long = ਸੂਚਨਾਵਾਂ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਦਿਨਾਂ ਲਈ ਰੋਕੀਆਂ ਜਾ ਸਕਦੀਆਂ ਹਨ।
error-target-out-of-range = ਜਵਾਬ ਦਾ ਟੀਚਾ 1 ਤੋਂ { $max } ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਤੱਕ ਹੋ ਸਕਦਾ ਹੈ।
error-already-in-theme = ਇਹ ਵਿਚਾਰ ਪਹਿਲਾਂ ਹੀ ਇਸ ਵਿਸ਼ੇ ਵਿੱਚ ਹੈ।
error-challenge-in-other-sprint = ਇਹ ਚੁਣੌਤੀ ਕਿਸੇ ਹੋਰ ਸਪ੍ਰਿੰਟ ਦੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਸਪ੍ਰਿੰਟ ਵਿੱਚੋਂ ਕੋਈ ਚੁਣੌਤੀ ਚੁਣੋ — /challenges ਉਹਨਾਂ ਦੀ ਸੂਚੀ ਦਿਖਾਉਂਦਾ ਹੈ।
error-theme-in-other-sprint = ਇਹ ਵਿਸ਼ਾ ਕਿਸੇ ਹੋਰ ਸਪ੍ਰਿੰਟ ਦਾ ਹੈ। ਵਿਚਾਰ ਅਤੇ ਵੱਡੇ ਵਿਚਾਰ ਸਿਰਫ਼ ਆਪਣੇ ਹੀ ਸਪ੍ਰਿੰਟ ਦੇ ਵਿਸ਼ੇ ਵਰਤ ਸਕਦੇ ਹਨ — /theme list ਉਹਨਾਂ ਨੂੰ ਦਿਖਾਉਂਦਾ ਹੈ।

## Commands that could not be read (ParseError). The adapter shows the command's usage after.

parse-not-a-command = ਕਮਾਂਡਾਂ ਸਲੈਸ਼ ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦੀਆਂ ਹਨ, ਜਿਵੇਂ /help। ਵਿਚਾਰ ਸਾਂਝਾ ਕਰਨ ਲਈ /idea ਭੇਜੋ।
parse-unknown-command = ਮਾਫ਼ ਕਰਨਾ, ਮੈਨੂੰ /{ $command } ਬਾਰੇ ਨਹੀਂ ਪਤਾ। ਤੁਸੀਂ ਜਿਹੜੀਆਂ ਕਮਾਂਡਾਂ ਵਰਤ ਸਕਦੇ ਹੋ, ਉਹ ਦੇਖਣ ਲਈ /help ਭੇਜੋ।
parse-missing-argument = /{ $command } ਨਾਲ ਇਹ ਵੀ ਚਾਹੀਦਾ ਹੈ: { parse-argument }।
parse-bad-value = “{ $value }” ਇੱਥੇ ਨਹੀਂ ਚੱਲਦਾ। /{ $command } ਨਾਲ ਇਹ ਚਾਹੀਦਾ ਹੈ: { parse-argument }।
parse-too-many-arguments = /{ $command } ਤੋਂ ਬਾਅਦ ਲੋੜ ਤੋਂ ਵੱਧ ਕੁਝ ਲਿਖਿਆ ਗਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਕਮਾਂਡ ਦੇਖ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

# What a command's argument should be, used inside the two messages above (same arguments).
parse-argument =
    { $argument ->
        [idea] ਵਿਚਾਰ ਦਾ ਨੰਬਰ, ਜਿਵੇਂ 12
        [comment] ਟਿੱਪਣੀ ਦਾ ਨੰਬਰ, ਜਿਵੇਂ c34
        [target] ਵਿਚਾਰ ਦਾ ਨੰਬਰ (ਜਿਵੇਂ 12) ਜਾਂ ਟਿੱਪਣੀ ਦਾ ਨੰਬਰ (ਜਿਵੇਂ c34)
        [of] ਵਿਚਾਰ ਦਾ ਨੰਬਰ (ਜਿਵੇਂ 12) ਜਾਂ ਵੱਡੇ ਵਿਚਾਰ ਦਾ ਨੰਬਰ (ਜਿਵੇਂ b3)
        [outcome] ਨਤੀਜਾ: under-consideration, prototyping, testing, adopted, scaled-and-spread ਜਾਂ not-taken-forward
        [note] ਕੋਈ ਨੋਟ
        [into] ਉਸ ਵਿਚਾਰ ਦਾ ਨੰਬਰ ਜਿਸ ਵਿੱਚ ਮਿਲਾਉਣਾ ਹੈ
        [text]
            { $command ->
                [comment] ਤੁਹਾਡੀ ਟਿੱਪਣੀ
                [reply] ਤੁਹਾਡਾ ਜਵਾਬ
                [respond] ਟੀਮ ਦਾ ਜਵਾਬ
               *[other] ਕੁਝ ਲਿਖਤ
            }
        [reason] ਕੋਈ ਕਾਰਨ
        [frequency] weekly, daily ਜਾਂ off
        [language] ਭਾਸ਼ਾ ਦਾ ਕੋਡ: en, cy, pl, ro, pa, ur, pt ਜਾਂ ar
        [challenge] ਚੁਣੌਤੀ ਦਾ ਨੰਬਰ, ਜਾਂ off
        [days] ਦਿਨਾਂ ਦੀ ਗਿਣਤੀ, ਜਿਵੇਂ 7, ਜਾਂ off
        [zone] ਸਮਾਂ ਖੇਤਰ ਦਾ ਨਾਮ, ਜਿਵੇਂ Europe/London ਜਾਂ America/New_York, ਜਾਂ off
        [sprint] ਸਪ੍ਰਿੰਟ ਦਾ ਨੰਬਰ
        [theme] ਵਿਸ਼ੇ ਦਾ ਨੰਬਰ
        [themes] ਵਿਸ਼ਿਆਂ ਦੇ ਨੰਬਰ, ਵਿਚਕਾਰ ਕੌਮੇ ਲਗਾ ਕੇ, ਜਿਵੇਂ 2,3
        [bigidea] ਵੱਡੇ ਵਿਚਾਰ ਦਾ ਨੰਬਰ
        [member] ਮੈਂਬਰ ਨੰਬਰ
        [role] ਭੂਮਿਕਾ: member, champion, moderator ਜਾਂ admin
        [order] top, new ਜਾਂ mine
        [page] ਪੰਨੇ ਦਾ ਨੰਬਰ
        [code] ਕਲੇਮ ਕੋਡ, ਜਿਵੇਂ K7Q2XM
        [session] ਸੈਸ਼ਨ ਦਾ ਨਾਮ, ਜਿਵੇਂ ਵਾਰਡ 4 ਮੀਟਿੰਗ, ਜਾਂ off
        [action]
            { $command ->
                [theme] ਸ਼ਬਦ new, add ਜਾਂ list
                [bigidea] ਸ਼ਬਦ new, stage ਜਾਂ list
                [stage] ਸ਼ਬਦ sprint ਜਾਂ idea
                [challenge] ਸ਼ਬਦ add
               *[other] ਕਮਾਂਡ ਤੋਂ ਬਾਅਦ ਸਹੀ ਸ਼ਬਦ
            }
        [stage] ਕੋਈ ਪੜਾਅ, ਜਿਵੇਂ testing ਜਾਂ scale and spread
        [opens] ਖੁੱਲ੍ਹਣ ਦੀ ਤਾਰੀਖ਼, ਜਿਵੇਂ 2026-06-01
        [closes] ਬੰਦ ਹੋਣ ਦੀ ਤਾਰੀਖ਼, ਜਿਵੇਂ 2026-06-30
        [title] ਸਿਰਲੇਖ
        [format] csv ਜਾਂ json
        [when] now (ਹੁਣੇ) ਜਾਂ digest (ਅਗਲੇ ਖ਼ਬਰਸਾਰ ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ)
        [welsh] ਲਿੰਕ ਤੋਂ ਬਾਅਦ ਵੈਲਸ਼ ਸਿਰਲੇਖ ਅਤੇ ਵੈਲਸ਼ ਲਿਖਤ, ਦੋਵੇਂ (ਜੇ ਲਿੰਕ ਨਹੀਂ ਹੈ, ਤਾਂ ਉਸਦੀ ਥਾਂ ਖਾਲੀ ਛੱਡੋ: ਸਿਰਲੇਖ | ਲਿਖਤ || ਵੈਲਸ਼ ਸਿਰਲੇਖ | ਵੈਲਸ਼ ਲਿਖਤ)
       *[other] ਕੁਝ ਹੋਰ
    }

## Importing ideas from a chat or connect session (one problem per row; the line is shown too)

import-missing-column = ਫ਼ਾਈਲ ਵਿੱਚ “{ $column }” ਨਾਮ ਦਾ ਕਾਲਮ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। ਇਸਨੂੰ ਪਹਿਲੀ ਕਤਾਰ ਵਿੱਚ ਜੋੜੋ ਅਤੇ ਫ਼ਾਈਲ ਦੁਬਾਰਾ ਇੰਪੋਰਟ ਕਰੋ।
import-unreadable-row = ਅਸੀਂ ਇਹ ਕਤਾਰ ਪੜ੍ਹ ਨਹੀਂ ਸਕੇ। ਇਸਨੂੰ ਸਪ੍ਰੈਡਸ਼ੀਟ ਵਿੱਚ ਦੇਖੋ (ਖ਼ਾਸ ਕਰਕੇ ਕੋਈ ਵੀ ਕੋਟੇਸ਼ਨ ਚਿੰਨ੍ਹ) ਅਤੇ ਫ਼ਾਈਲ ਦੁਬਾਰਾ ਇੰਪੋਰਟ ਕਰੋ।
import-unknown-challenge = “{ $challenge }” ਇਸ ਸਪ੍ਰਿੰਟ ਦੀ ਕੋਈ ਚੁਣੌਤੀ ਨਹੀਂ ਹੈ। ਚੁਣੌਤੀ ਦਾ ਨੰਬਰ ਜਾਂ ਉਸਦਾ ਪੂਰਾ ਸਹੀ ਸਿਰਲੇਖ ਵਰਤੋ — /challenges ਉਹਨਾਂ ਦੀ ਸੂਚੀ ਦਿਖਾਉਂਦਾ ਹੈ।
import-unknown-kind = “{ $kind }” ਕੋਈ ਜਾਣੀ-ਪਛਾਣੀ ਕਿਸਮ ਨਹੀਂ ਹੈ। idea (ਵਿਚਾਰ), experience (ਤਜਰਬਾ) ਜਾਂ good practice (ਚੰਗਾ ਅਭਿਆਸ) ਵਰਤੋ — ਜਾਂ ਵਿਚਾਰ ਲਈ ਇਸਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
error-web-not-configured = ਵੈੱਬ ਡੈਸ਼ਬੋਰਡ ਅਜੇ ਇੱਥੇ ਸੈੱਟ ਨਹੀਂ ਕੀਤਾ ਗਿਆ: ਸੇਵਾ ਚਲਾਉਣ ਵਾਲੇ ਨੂੰ ਬੋਰਡ ਦਾ ਜਨਤਕ ਪਤਾ (CROWDSPRINT_PUBLIC_URL) ਦੇਣਾ ਪਵੇਗਾ।
error-sign-in-link-invalid = ਇਹ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ ਜਾਂ ਇਸਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ। ਨਵਾਂ ਲਿੰਕ ਲੈਣ ਲਈ ਆਪਣੀ ਚੈਟ ਵਿੱਚ ਬੋਟ ਨੂੰ /web ਭੇਜੋ।
error-outcome-needs-note = ਇਹ ਕਹਿਣ ਲਈ ਕਿ ਕਿਸੇ ਵਿਚਾਰ ਨੂੰ ਅੱਗੇ ਨਹੀਂ ਲਿਜਾਇਆ ਜਾ ਰਿਹਾ, ਇਸਦੇ ਪਿੱਛੇ ਖੜ੍ਹੇ ਲੋਕਾਂ ਲਈ ਕਾਰਨ ਦੇਣਾ ਜ਼ਰੂਰੀ ਹੈ: ਨਤੀਜੇ ਤੋਂ ਬਾਅਦ ਇੱਕ ਨੋਟ ਜੋੜੋ।
