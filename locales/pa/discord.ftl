# The Discord bot's own words: command and option descriptions (at most 100 characters: Discord's
# limit), form titles and labels (at most 45), and the few answers that differ from Telegram's.
# Button labels and most answers are shared with chat.ftl and core.ftl.

## Command descriptions, shown in Discord's command picker

discord-describe-help = ਦੇਖੋ ਕਿ ਤੁਸੀਂ ਇੱਥੇ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
discord-describe-register = crowdsprint ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ: ਇੱਕ ਛੋਟਾ ਫ਼ਾਰਮ, ਫਿਰ ਤੁਸੀਂ ਵਿਚਾਰ ਸਾਂਝੇ ਕਰ ਅਤੇ ਉਹਨਾਂ ਦਾ ਸਮਰਥਨ ਕਰ ਸਕਦੇ ਹੋ
discord-describe-sprint = ਕੋਈ ਸਪ੍ਰਿੰਟ ਦੇਖੋ: ਉਸਦੀਆਂ ਤਾਰੀਖ਼ਾਂ, ਅੰਕੜੇ ਅਤੇ ਚੁਣੌਤੀਆਂ
discord-describe-sprints = ਹਰ ਸਪ੍ਰਿੰਟ ਅਤੇ ਉਸਦੇ ਪੜਾਅ ਦੀ ਸੂਚੀ
discord-describe-challenges = ਉਹ ਚੁਣੌਤੀਆਂ ਦੇਖੋ ਜਿਨ੍ਹਾਂ ਲਈ ਤੁਸੀਂ ਵਿਚਾਰ ਭੇਜ ਸਕਦੇ ਹੋ
discord-describe-idea = ਕੋਈ ਵਿਚਾਰ, ਤਜਰਬਾ ਜਾਂ ਚੰਗਾ ਅਭਿਆਸ ਸਾਂਝਾ ਕਰੋ
discord-describe-ideas = ਵਿਚਾਰ ਦੇਖੋ: ਸਭ ਤੋਂ ਵੱਧ ਸਮਰਥਨ ਵਾਲੇ, ਸਭ ਤੋਂ ਨਵੇਂ, ਜਾਂ ਤੁਹਾਡੇ ਆਪਣੇ
discord-describe-show = ਕੋਈ ਵਿਚਾਰ ਉਸਦੀਆਂ ਟਿੱਪਣੀਆਂ ਸਮੇਤ ਖੋਲ੍ਹੋ
discord-describe-support = ਕਿਸੇ ਵਿਚਾਰ ਦਾ ਸਮਰਥਨ ਕਰੋ
discord-describe-unsupport = ਕਿਸੇ ਵਿਚਾਰ ਲਈ ਆਪਣਾ ਸਮਰਥਨ ਵਾਪਸ ਲਓ
discord-describe-comment = ਕਿਸੇ ਵਿਚਾਰ ’ਤੇ ਟਿੱਪਣੀ ਕਰੋ
discord-describe-reply = ਕਿਸੇ ਟਿੱਪਣੀ ਦਾ ਜਵਾਬ ਦਿਓ
discord-describe-follow = ਕਿਸੇ ਵਿਚਾਰ ’ਤੇ ਨਵੀਆਂ ਟਿੱਪਣੀਆਂ ਅਤੇ ਬਦਲਾਵਾਂ ਬਾਰੇ ਜਾਣੋ
discord-describe-unfollow = ਕਿਸੇ ਵਿਚਾਰ ਨੂੰ ਫ਼ਾਲੋ ਕਰਨਾ ਬੰਦ ਕਰੋ
discord-describe-mute = ਕਿਸੇ ਇੱਕ ਵਿਚਾਰ ਬਾਰੇ ਸਾਰੀਆਂ ਸੂਚਨਾਵਾਂ ਬੰਦ ਕਰੋ
discord-describe-unmute = ਕਿਸੇ ਵਿਚਾਰ ਬਾਰੇ ਦੁਬਾਰਾ ਸੂਚਨਾਵਾਂ ਪਾਓ
discord-describe-subscribe = ਖ਼ਬਰਸਾਰ ਲਈ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ: ਹਫ਼ਤਾਵਾਰੀ, ਰੋਜ਼ਾਨਾ, ਜਾਂ ਬਿਲਕੁਲ ਨਹੀਂ
discord-describe-pause = ਕੁਝ ਦਿਨਾਂ ਲਈ ਸੂਚਨਾਵਾਂ ਰੋਕੋ (ਮੁੜ ਚਾਲੂ ਕਰਨ ਲਈ "off")
discord-describe-timezone = ਖ਼ਬਰਸਾਰ ਅਤੇ ਸ਼ਾਂਤ ਘੰਟਿਆਂ ਲਈ ਤੁਹਾਡਾ ਸਮਾਂ ਖੇਤਰ (ਜਾਂ "off")
discord-describe-language = ਉਹ ਭਾਸ਼ਾ ਚੁਣੋ ਜਿਸ ਵਿੱਚ ਮੈਂ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦਿਆਂ
discord-describe-link = ਇਸ ਖਾਤੇ ਨੂੰ ਕਿਸੇ ਹੋਰ ਥਾਂ ਵਾਲੀ ਆਪਣੀ crowdsprint ਪ੍ਰੋਫ਼ਾਈਲ ਨਾਲ ਜੋੜੋ
discord-describe-outcomes = ਵਿਚਾਰਾਂ ਦਾ ਕੀ ਬਣਿਆ: ਟੀਮ ਵੱਲੋਂ ਦਰਜ ਕੀਤੇ ਨਤੀਜੇ
discord-describe-claim = ਕਿਸੇ ਚੈਂਪੀਅਨ ਵੱਲੋਂ ਤੁਹਾਡੇ ਗਰੁੱਪ ਲਈ ਦਰਜ ਕੀਤੇ ਵਿਚਾਰ ਦੇ ਸਹਿ-ਲੇਖਕ ਬਣੋ
discord-describe-updates = ਸਪ੍ਰਿੰਟ ਟੀਮ ਦੇ ਅੱਪਡੇਟ, ਸਭ ਤੋਂ ਨਵੇਂ ਪਹਿਲਾਂ
discord-describe-mydata = ਸਾਡੇ ਕੋਲ ਤੁਹਾਡੇ ਬਾਰੇ ਜੋ ਕੁਝ ਹੈ, ਉਹ ਸਭ ਡਾਊਨਲੋਡ ਕਰੋ
discord-describe-forgetme = ਆਪਣੇ ਵੇਰਵੇ ਮਿਟਾਓ
discord-describe-mod = ਸਪ੍ਰਿੰਟ ਚਲਾਓ: ਜਾਂਚ, ਜਵਾਬ, ਮਾਡਰੇਸ਼ਨ, ਐਕਸਪੋਰਟ
discord-describe-mod-review = ਦੇਖੋ ਕਿ ਜਾਂਚ ਲਈ ਕੀ ਉਡੀਕ ਵਿੱਚ ਹੈ
discord-describe-mod-approve = ਕੋਈ ਵਿਚਾਰ (12) ਜਾਂ ਟਿੱਪਣੀ (c12) ਮਨਜ਼ੂਰ ਕਰੋ
discord-describe-mod-respond = ਸਪ੍ਰਿੰਟ ਟੀਮ ਵੱਲੋਂ ਜਵਾਬ ਦਿਓ
discord-describe-mod-hide = ਕੋਈ ਵਿਚਾਰ ਜਾਂ ਟਿੱਪਣੀ ਕਾਰਨ ਦੱਸ ਕੇ ਲੁਕਾਓ
discord-describe-mod-restore = ਲੁਕਾਇਆ ਹੋਇਆ ਵਿਚਾਰ ਜਾਂ ਟਿੱਪਣੀ ਦੁਬਾਰਾ ਦਿਖਾਓ
discord-describe-mod-awaiting = ਉਹ ਟਿੱਪਣੀਆਂ ਜੋ ਅਜੇ ਜਵਾਬ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ
discord-describe-mod-stats = ਕਿਸੇ ਸਪ੍ਰਿੰਟ ਦੇ ਅੰਕੜੇ
discord-describe-mod-outcome = ਦਰਜ ਕਰੋ ਕਿ ਕਿਸੇ ਵਿਚਾਰ ਜਾਂ ਵੱਡੇ ਵਿਚਾਰ ਦਾ ਕੀ ਬਣਿਆ
discord-describe-mod-update = ਸਪ੍ਰਿੰਟ ਦੇ ਲੋਕਾਂ ਨੂੰ ਲਿਖੋ: ਹੁਣੇ, ਜਾਂ ਅਗਲੇ ਖ਼ਬਰਸਾਰ ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ
discord-describe-mod-web = ਸਟਾਫ਼ ਡੈਸ਼ਬੋਰਡ ਵਿੱਚ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਲਿੰਕ
discord-describe-mod-capture = ਕਿਸੇ ਗਰੁੱਪ ਦੀ ਤਰਫ਼ੋਂ ਵਿਚਾਰ ਦਰਜ ਕਰੋ; "off" ਨਾਲ ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੁੰਦਾ ਹੈ
discord-describe-mod-merge = ਇੱਕ ਵਿਚਾਰ ਨੂੰ ਦੂਜੇ ਵਿੱਚ ਮਿਲਾਓ; ਇਸਦੇ ਸਮਰਥਕ ਵੀ ਨਾਲ ਚਲੇ ਜਾਂਦੇ ਹਨ
discord-describe-mod-theme = ਵਿਸ਼ੇ: "new SPRINT ਨਾਮ | ਵਰਣਨ" ਜਾਂ "add THEME IDEA"
discord-describe-mod-bigidea = ਵੱਡੇ ਵਿਚਾਰ: "new SPRINT THEMES ਸਿਰਲੇਖ | ਵਰਣਨ" ਜਾਂ "stage ID STAGE"
discord-describe-mod-stage = ਸਪ੍ਰਿੰਟ ਜਾਂ ਵਿਚਾਰ ਨੂੰ ਅੱਗੇ ਵਧਾਓ: "sprint 3 theming" ਜਾਂ "idea 12 testing"
discord-describe-mod-sprint = ਸਪ੍ਰਿੰਟ: "new OPENS CLOSES ਸਿਰਲੇਖ | ਵਰਣਨ" ਜਾਂ "window ID OPENS CLOSES"
discord-describe-mod-challenge = ਚੁਣੌਤੀ ਜੋੜੋ: "add SPRINT ਸਿਰਲੇਖ | ਵਰਣਨ"
discord-describe-mod-ban = ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਹਿੱਸਾ ਲੈਣ ਤੋਂ ਰੋਕੋ
discord-describe-mod-unban = ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਦੁਬਾਰਾ ਹਿੱਸਾ ਲੈਣ ਦਿਓ
discord-describe-mod-export = ਕਿਸੇ ਸਪ੍ਰਿੰਟ ਦੇ ਵਿਚਾਰ CSV ਜਾਂ JSON ਵਜੋਂ ਡਾਊਨਲੋਡ ਕਰੋ
discord-describe-mod-audit = ਤਾਜ਼ਾ ਮਾਡਰੇਸ਼ਨ ਕਾਰਵਾਈਆਂ
discord-describe-mod-deliveries = ਸੂਚਨਾਵਾਂ ਦੀ ਕਤਾਰ ਅਤੇ ਉਹ ਸੂਚਨਾਵਾਂ ਜੋ ਨਹੀਂ ਪਹੁੰਚੀਆਂ
discord-describe-mod-announce = ਨਵੇਂ ਵਿਚਾਰਾਂ ਦਾ ਐਲਾਨ ਇਸ ਚੈਨਲ ਵਿੱਚ, ਜਾਂ ਕਿਸੇ ਹੋਰ ਚੈਨਲ ਜਾਂ ਫ਼ੋਰਮ ਵਿੱਚ ਕਰੋ (ਰੋਕਣ ਲਈ "off")
discord-describe-mod-role = ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਭੂਮਿਕਾ ਦਿਓ

## Option descriptions

discord-option-command = ਕੋਈ ਕਮਾਂਡ, ਉਸਦੀ ਵਰਤੋਂ ਦੇਖਣ ਲਈ
discord-option-describes = ਤੁਹਾਡੇ ਬਾਰੇ ਸਭ ਤੋਂ ਢੁਕਵਾਂ ਵਰਣਨ
discord-option-sprint = ਸਪ੍ਰਿੰਟ ਨੰਬਰ
discord-option-challenge = ਉਹ ਚੁਣੌਤੀ ਜਿਸ ਲਈ ਤੁਹਾਡਾ ਵਿਚਾਰ ਹੈ
discord-option-kind = ਵਿਚਾਰ, ਤਜਰਬਾ ਜਾਂ ਚੰਗਾ ਅਭਿਆਸ
discord-option-list = ਕਿਹੜੇ ਵਿਚਾਰ
discord-option-page = ਪੰਨਾ ਨੰਬਰ
discord-option-idea = ਵਿਚਾਰ ਨੰਬਰ
discord-option-comment = ਟਿੱਪਣੀ ਨੰਬਰ
discord-option-text = ਤੁਸੀਂ ਕੀ ਕਹਿਣਾ ਚਾਹੁੰਦੇ ਹੋ
discord-option-frequency = ਕਿੰਨੀ ਵਾਰ
discord-option-days = ਦਿਨਾਂ ਦੀ ਗਿਣਤੀ, ਜਾਂ off
discord-option-zone = ਸਮਾਂ ਖੇਤਰ, ਜਿਵੇਂ Europe/London, ਜਾਂ off
discord-option-language = ਭਾਸ਼ਾ
discord-option-code = ਉਹ ਕੋਡ ਜੋ /link ਨੇ ਤੁਹਾਨੂੰ ਕਿਸੇ ਹੋਰ ਥਾਂ ਦਿੱਤਾ
discord-option-claim_code = ਉਹ ਕਲੇਮ ਕੋਡ ਜੋ ਚੈਂਪੀਅਨ ਨੇ ਤੁਹਾਡੇ ਗਰੁੱਪ ਨੂੰ ਦਿੱਤਾ
discord-option-session = ਸੈਸ਼ਨ ਦਾ ਨਾਮ (ਟੀਮ ਮੀਟਿੰਗ, ਵਾਰਡ ਰਾਊਂਡ), ਜਾਂ ਖ਼ਤਮ ਕਰਨ ਲਈ "off"
discord-option-target = ਕੋਈ ਵਿਚਾਰ (12) ਜਾਂ ਟਿੱਪਣੀ (c12)
discord-option-reason = ਕਿਉਂ: ਲੇਖਕ ਨੂੰ ਦੱਸਿਆ ਜਾਂਦਾ ਹੈ
discord-option-details = ਕਮਾਂਡ ਦਾ ਬਾਕੀ ਹਿੱਸਾ
discord-option-into = ਉਹ ਵਿਚਾਰ ਜਿਸ ਵਿੱਚ ਇਸਨੂੰ ਮਿਲਾਇਆ ਜਾਂਦਾ ਹੈ
discord-option-member = ਮੈਂਬਰ ਨੰਬਰ
discord-option-format = ਫ਼ਾਈਲ ਫ਼ਾਰਮੈਟ
discord-option-role = ਨਵੀਂ ਭੂਮਿਕਾ
discord-option-of = ਕੋਈ ਵਿਚਾਰ (12) ਜਾਂ ਵੱਡਾ ਵਿਚਾਰ (b3)
discord-option-outcome = ਇਸਦਾ ਕੀ ਬਣਿਆ
discord-option-when = ਹੁਣੇ, ਸਬਸਕ੍ਰਾਈਬ ਕਰਨ ਵਾਲੇ ਹਰ ਵਿਅਕਤੀ ਨੂੰ, ਜਾਂ ਅਗਲੇ ਖ਼ਬਰਸਾਰ ਵਿੱਚ
discord-option-table = ਵਿਚਾਰ (ਆਮ ਤੌਰ ’ਤੇ), ਟੀਮ ਦੇ ਅੱਪਡੇਟ, ਜਾਂ ਜਵਾਬ ਦੇਣ ਵਿੱਚ ਲੱਗਿਆ ਸਮਾਂ
discord-option-note = ਜਨਤਕ ਨੋਟ: ਜੇ ਇਸਨੂੰ ਅੱਗੇ ਨਹੀਂ ਲਿਜਾਇਆ ਜਾ ਰਿਹਾ, ਤਾਂ ਕਿਉਂ

## Forms

discord-form-register = crowdsprint ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ
discord-form-name = ਤੁਹਾਡਾ ਨਾਮ, ਜਿਵੇਂ ਦੂਜੇ ਇਸਨੂੰ ਦੇਖਣਗੇ
discord-form-organisation = ਸੰਸਥਾ (ਜੇ ਚਾਹੋ)
discord-form-region = ਖੇਤਰ (ਜੇ ਚਾਹੋ)
discord-form-idea = ਆਪਣਾ ਵਿਚਾਰ ਸਾਂਝਾ ਕਰੋ
discord-form-idea-title = ਸਿਰਲੇਖ
discord-form-idea-body = ਹੋਰ ਦੱਸੋ: ਤੁਸੀਂ ਕੀ ਬਦਲੋਗੇ, ਅਤੇ ਕਿਉਂ?
discord-form-comment = ਟਿੱਪਣੀ
discord-form-respond = ਸਪ੍ਰਿੰਟ ਟੀਮ ਵੱਲੋਂ ਜਵਾਬ ਦਿਓ
discord-form-hide = ਲੁਕਾਓ
discord-form-reason = ਕਾਰਨ (ਲੇਖਕ ਨੂੰ ਦੱਸਿਆ ਜਾਂਦਾ ਹੈ)
discord-form-text = ਤੁਹਾਡੇ ਸ਼ਬਦ
discord-form-update =
    { $when ->
        [now] ਟੀਮ ਅੱਪਡੇਟ: ਹੁਣੇ ਭੇਜਿਆ ਜਾਵੇਗਾ
       *[digest] ਟੀਮ ਅੱਪਡੇਟ: ਅਗਲੇ ਖ਼ਬਰਸਾਰ ਵਿੱਚ
    }
discord-form-update-title = ਸਿਰਲੇਖ
discord-form-update-body = ਅੱਪਡੇਟ
discord-form-update-link = ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ ਲਿੰਕ (ਜੇ ਚਾਹੋ, https://…)
discord-form-update-welsh-title = ਵੈਲਸ਼ ਸਿਰਲੇਖ (ਜੇ ਚਾਹੋ)
discord-form-update-welsh-body = ਵੈਲਸ਼ ਲਿਖਤ (ਵੈਲਸ਼ ਸਿਰਲੇਖ ਦੇ ਨਾਲ)
discord-update-welsh-both = ਵੈਲਸ਼ ਸਿਰਲੇਖ ਅਤੇ ਵੈਲਸ਼ ਲਿਖਤ ਦੋਵੇਂ ਇਕੱਠੇ ਦਿਓ, ਜਾਂ ਦੋਵਾਂ ਵਿੱਚੋਂ ਕੋਈ ਵੀ ਨਹੀਂ: ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।

## Cards and answers

discord-field-challenge = ਚੁਣੌਤੀ
discord-field-kind = ਕਿਸਮ
discord-field-stage = ਪੜਾਅ
discord-field-themes = ਵਿਸ਼ੇ
discord-comment-by = c{ $id } · { $author }
discord-response-by = ⭐ c{ $id } · { $author } (ਸਪ੍ਰਿੰਟ ਟੀਮ)
discord-no-comments = ਅਜੇ ਕੋਈ ਟਿੱਪਣੀ ਨਹੀਂ। ਪਹਿਲੀ ਟਿੱਪਣੀ ਕਰਨ ਲਈ 💬 ਟਿੱਪਣੀ ਦਬਾਓ।
discord-no-similar = ਹੁਣ ਤੱਕ ਕੋਈ ਮਿਲਦਾ-ਜੁਲਦਾ ਵਿਚਾਰ ਨਹੀਂ।
discord-help-staff = ਸਪ੍ਰਿੰਟ ਟੀਮ ਲਈ:
discord-reg-intro = crowdsprint ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ! ਦੇਖਭਾਲ ਨੂੰ ਬਿਹਤਰ ਬਣਾ ਸਕਣ ਵਾਲੇ ਵਿਚਾਰ ਸਾਂਝੇ ਕਰੋ, ਜਿਨ੍ਹਾਂ ਨਾਲ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋ ਉਹਨਾਂ ਦਾ ਸਮਰਥਨ ਕਰੋ, ਅਤੇ ਜਾਣੋ ਕਿ ਉਹਨਾਂ ਦਾ ਕੀ ਬਣਦਾ ਹੈ।
discord-registered = ਜੀ ਆਇਆਂ ਨੂੰ, { $name }! ਵਿਚਾਰ ਸਾਂਝਾ ਕਰਨ ਲਈ /idea, ਦੂਜਿਆਂ ਦੇ ਵਿਚਾਰ ਦੇਖਣ ਲਈ /ideas, ਜਾਂ ਸਭ ਕੁਝ ਦੇਖਣ ਲਈ /help ਵਰਤੋ।
discord-use-register = Discord ’ਤੇ ਸ਼ਾਮਲ ਹੋਣ ਲਈ /register ਅਤੇ ਵਿਚਾਰ ਸਾਂਝਾ ਕਰਨ ਲਈ /idea ਵਰਤੋ।
discord-button-forget = ਮੇਰੇ ਵੇਰਵੇ ਮਿਟਾਓ
discord-export-ready = { $rows ->
        [0] { $rows } ਕਤਾਰਾਂ, ਨਾਲ ਨੱਥੀ ਹਨ।
        [one] { $rows } ਕਤਾਰ, ਨਾਲ ਨੱਥੀ ਹੈ।
       *[other] { $rows } ਕਤਾਰਾਂ, ਨਾਲ ਨੱਥੀ ਹਨ।
    }
discord-unsupported = ਮਾਫ਼ ਕਰਨਾ, ਮੈਂ ਅਜੇ ਇੱਥੇ ਇਹ ਨਹੀਂ ਕਰ ਸਕਦਾ।
discord-not-registered = ਪਹਿਲਾਂ ਤੁਹਾਨੂੰ ਸ਼ਾਮਲ ਹੋਣਾ ਪਵੇਗਾ — ਇਸ ਵਿੱਚ ਬੱਸ ਕੁਝ ਸਕਿੰਟ ਲੱਗਦੇ ਹਨ। ਸ਼ੁਰੂ ਕਰਨ ਲਈ /register ਵਰਤੋ।

## Messages in server channels (gateway mode)
discord-offer-idea = 💡 ਕੀ ਤੁਸੀਂ ਇਸਨੂੰ ਵਿਚਾਰ ਵਜੋਂ ਪੋਸਟ ਕਰਨਾ ਚਾਹੋਗੇ, ਤਾਂ ਜੋ ਦੂਜੇ ਇਸਦਾ ਸਮਰਥਨ ਕਰ ਸਕਣ ਅਤੇ ਸਪ੍ਰਿੰਟ ਟੀਮ ਜਵਾਬ ਦੇ ਸਕੇ?
discord-offer-button = ਵਿਚਾਰ ਵਜੋਂ ਪੋਸਟ ਕਰੋ
discord-offer-pick = ਇਹ ਕਿਸ ਚੁਣੌਤੀ ਲਈ ਹੈ?
discord-offer-not-yours = ਸਿਰਫ਼ ਉਹ ਵਿਅਕਤੀ ਜਿਸਨੇ ਇਹ ਸੁਨੇਹਾ ਲਿਖਿਆ ਹੈ, ਇਸਨੂੰ ਵਿਚਾਰ ਵਜੋਂ ਪੋਸਟ ਕਰ ਸਕਦਾ ਹੈ।
discord-forum-comment-held = ਤੁਹਾਡੀ ਟਿੱਪਣੀ ਵਿੱਚ ਸ਼ਾਇਦ ਨਿੱਜੀ ਵੇਰਵੇ ਹਨ (ਜਿਵੇਂ NHS ਨੰਬਰ), ਇਸ ਲਈ ਜਦੋਂ ਤੱਕ ਕੋਈ ਮਾਡਰੇਟਰ ਇਸਦੀ ਜਾਂਚ ਨਹੀਂ ਕਰ ਲੈਂਦਾ, ਇਸਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਵੇਰਵੇ ਹਟਾ ਕੇ ਇਸਨੂੰ ਦੁਬਾਰਾ ਪੋਸਟ ਕਰੋ।
discord-option-channel = ਉਹ ਚੈਨਲ ਜਾਂ ਫ਼ੋਰਮ ਜਿੱਥੇ ਨਵੇਂ ਵਿਚਾਰ ਪੋਸਟ ਹੋਣ (ਨਾ ਚੁਣਿਆ ਤਾਂ ਇਹੀ ਚੈਨਲ)
