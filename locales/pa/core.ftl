### Words the core hands to every adapter: command help and the names of things.
### Panjabi (Gurmukhi). Glossary: locales/pa/glossary.toml.

## Help: one entry per command in core/src/command/catalogue.rs, "usage — what it does".
## Commands with several forms have one line per form; the first line is the everyday one.
## Command names and their keywords (new, add, list, csv...) stay in English: the parser
## only understands those. Words in capitals are for the person to fill in.

help-start = /start — ਰਜਿਸਟਰ ਕਰੋ, ਜਾਂ ਬਿਲਕੁਲ ਸ਼ੁਰੂ ਤੋਂ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ
help-help = /help [COMMAND] — ਦੇਖੋ ਕਿ ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਕੋਈ ਇੱਕ ਕਮਾਂਡ ਕਿਵੇਂ ਵਰਤਣੀ ਹੈ
help-sprint =
    /sprint [N] — ਖੁੱਲ੍ਹਾ ਸਪ੍ਰਿੰਟ ਦੇਖੋ, ਜਾਂ ਸਪ੍ਰਿੰਟ N
    /sprint new OPENS CLOSES ਸਿਰਲੇਖ | ਵਰਣਨ — ਨਵੇਂ ਸਪ੍ਰਿੰਟ ਦੀ ਯੋਜਨਾ ਬਣਾਓ (OPENS ਅਤੇ CLOSES ਖੁੱਲ੍ਹਣ ਤੇ ਬੰਦ ਹੋਣ ਦੀਆਂ ਤਾਰੀਖ਼ਾਂ ਹਨ, ਜਿਵੇਂ 2026-06-30)
    /sprint window N OPENS CLOSES — ਬਦਲੋ ਕਿ ਸਪ੍ਰਿੰਟ N ਕਦੋਂ ਖੁੱਲ੍ਹਦਾ ਅਤੇ ਬੰਦ ਹੁੰਦਾ ਹੈ
    /sprint target N DAYS|default — ਸਪ੍ਰਿੰਟ N ਲਈ ਜਵਾਬ ਦਾ ਆਪਣਾ ਟੀਚਾ (DAYS ਕੰਮਕਾਜੀ ਦਿਨ) ਤੈਅ ਕਰੋ, ਜਾਂ default ਨਾਲ ਫਿਰ ਸੇਵਾ ਵਾਲਾ ਟੀਚਾ ਲਾਗੂ ਕਰੋ
help-sprints = /sprints — ਸਾਰੇ ਸਪ੍ਰਿੰਟਾਂ ਅਤੇ ਉਹਨਾਂ ਦੇ ਪੜਾਅ ਦੀ ਸੂਚੀ ਦੇਖੋ
help-challenges = /challenges [SPRINT] — ਉਹ ਚੁਣੌਤੀਆਂ ਦੇਖੋ ਜਿਨ੍ਹਾਂ ਲਈ ਤੁਸੀਂ ਵਿਚਾਰ ਭੇਜ ਸਕਦੇ ਹੋ
help-idea = /idea — ਕੋਈ ਵਿਚਾਰ, ਤਜਰਬਾ ਜਾਂ ਚੰਗਾ ਅਭਿਆਸ ਸਾਂਝਾ ਕਰੋ (ਅਸੀਂ ਕੁਝ ਛੋਟੇ ਸਵਾਲ ਪੁੱਛਾਂਗੇ)
help-ideas = /ideas [top|new|mine] [PAGE] — ਵਿਚਾਰ ਦੇਖੋ: ਸਭ ਤੋਂ ਵੱਧ ਸਮਰਥਨ ਵਾਲੇ, ਸਭ ਤੋਂ ਨਵੇਂ, ਜਾਂ ਤੁਹਾਡੇ ਆਪਣੇ
help-show = /show N — ਵਿਚਾਰ N ਅਤੇ ਉਸ ਦੀਆਂ ਟਿੱਪਣੀਆਂ ਪੜ੍ਹੋ
help-support = /support N — ਜਿਸ ਵਿਚਾਰ ਨਾਲ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋ, ਉਸ ਦਾ ਸਮਰਥਨ ਕਰੋ
help-unsupport = /unsupport N — ਕਿਸੇ ਵਿਚਾਰ ਲਈ ਆਪਣਾ ਸਮਰਥਨ ਵਾਪਸ ਲਓ
help-comment = /comment N ਤੁਹਾਡੀ ਟਿੱਪਣੀ — ਵਿਚਾਰ N ’ਤੇ ਟਿੱਪਣੀ ਕਰੋ
help-reply = /reply cN ਤੁਹਾਡਾ ਜਵਾਬ — ਕਿਸੇ ਟਿੱਪਣੀ ਦਾ ਜਵਾਬ ਦਿਓ (ਜਿਵੇਂ /reply c34 ਮੈਂ ਸਹਿਮਤ ਹਾਂ)
help-follow = /follow N — ਵਿਚਾਰ N ਬਾਰੇ ਅੱਪਡੇਟ ਪ੍ਰਾਪਤ ਕਰੋ
help-unfollow = /unfollow N — ਵਿਚਾਰ N ਬਾਰੇ ਅੱਪਡੇਟ ਲੈਣੇ ਬੰਦ ਕਰੋ
help-subscribe = /subscribe weekly|daily|off — ਚੁਣੋ ਕਿ ਤੁਹਾਨੂੰ ਖ਼ਬਰਸਾਰ ਕਿੰਨੀ ਵਾਰ ਮਿਲੇ (weekly ਹਫ਼ਤਾਵਾਰੀ, daily ਰੋਜ਼ਾਨਾ, off ਬੰਦ)
help-pause = /pause DAYS — ਆਪਣੀਆਂ ਸੂਚਨਾਵਾਂ DAYS ਦਿਨਾਂ ਲਈ ਰੋਕੋ (ਵੱਧ ਤੋਂ ਵੱਧ 90); /pause off ਨਾਲ ਇਹ ਮੁੜ ਚਾਲੂ ਹੋ ਜਾਂਦੀਆਂ ਹਨ
help-timezone = /timezone ZONE — ਖ਼ਬਰਸਾਰ ਅਤੇ ਸ਼ਾਂਤ ਘੰਟੇ ਆਪਣੇ ਸਮਾਂ ਖੇਤਰ ਅਨੁਸਾਰ ਪਾਓ (ਜਿਵੇਂ /timezone Europe/Dublin); /timezone off ਨਾਲ ਸੇਵਾ ਦਾ ਸਮਾਂ ਖੇਤਰ ਵਰਤਿਆ ਜਾਂਦਾ ਹੈ
help-mute = /mute IDEA — ਕਿਸੇ ਇੱਕ ਵਿਚਾਰ ਬਾਰੇ ਸੂਚਨਾਵਾਂ ਬੰਦ ਕਰੋ
help-unmute = /unmute IDEA — ਉਸ ਵਿਚਾਰ ਬਾਰੇ ਦੁਬਾਰਾ ਸੂਚਨਾਵਾਂ ਪਾਓ
help-language = /language [CODE] — ਭਾਸ਼ਾਵਾਂ ਦੇਖੋ, ਜਾਂ ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ (en, cy, pl, ro, pa, ur, pt, ar)
help-link = /link [CODE] — ਆਪਣੇ ਹੋਰ ਚੈਟ ਖਾਤੇ ਜੋੜੋ: ਕੋਡ ਲੈਣ ਲਈ /link ਭੇਜੋ, ਫਿਰ ਦੂਜੀ ਐਪ ਵਿੱਚ /link CODE ਭੇਜੋ
help-mydata = /mydata — ਦੇਖੋ ਕਿ ਸਾਡੇ ਕੋਲ ਤੁਹਾਡੇ ਬਾਰੇ ਕੀ-ਕੀ ਜਾਣਕਾਰੀ ਹੈ
help-forgetme = /forgetme — ਆਪਣੇ ਵੇਰਵੇ ਮਿਟਾਓ; ਜੋ ਤੁਸੀਂ ਪੋਸਟ ਕੀਤਾ ਉਹ ਰਹੇਗਾ, ਅਤੇ “ਇੱਕ ਸਾਬਕਾ ਮੈਂਬਰ” ਵੱਲੋਂ ਦਿਖਾਇਆ ਜਾਵੇਗਾ
help-review = /review — ਜਾਂਚ ਦੀ ਉਡੀਕ ਕਰ ਰਹੇ ਅਗਲੇ ਵਿਚਾਰ ਅਤੇ ਟਿੱਪਣੀਆਂ ਦੇਖੋ
help-approve = /approve N|cN — ਜਾਂਚ ਲਈ ਰੋਕਿਆ ਕੋਈ ਵਿਚਾਰ (12) ਜਾਂ ਟਿੱਪਣੀ (c34) ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋ
help-respond = /respond N|cN ਤੁਹਾਡਾ ਜਵਾਬ — ਚੈਂਪੀਅਨ ਵਜੋਂ ਕਿਸੇ ਵਿਚਾਰ ਜਾਂ ਟਿੱਪਣੀ ਦਾ ਜਵਾਬ ਦਿਓ
help-hide = /hide N|cN ਕਾਰਨ — ਨਿਯਮ ਤੋੜਨ ਵਾਲਾ ਵਿਚਾਰ ਜਾਂ ਟਿੱਪਣੀ ਲੁਕਾਓ, ਅਤੇ ਕਾਰਨ ਦੱਸੋ
help-restore = /restore N|cN — ਲੁਕਾਇਆ ਹੋਇਆ ਵਿਚਾਰ ਜਾਂ ਟਿੱਪਣੀ ਵਾਪਸ ਲਿਆਓ
help-awaiting = /awaiting — ਉਹ ਟਿੱਪਣੀਆਂ ਦੇਖੋ ਜੋ ਅਜੇ ਵੀ ਕਿਸੇ ਚੈਂਪੀਅਨ ਦੇ ਜਵਾਬ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ
help-stats = /stats [SPRINT] — ਕਿਸੇ ਸਪ੍ਰਿੰਟ ਦੇ ਅੰਕੜੇ ਦੇਖੋ: ਲੋਕ, ਵਿਚਾਰ, ਸਮਰਥਨ ਅਤੇ ਟਿੱਪਣੀਆਂ
help-outcomes = /outcomes [SPRINT] — ਦੇਖੋ ਕਿ ਵਿਚਾਰਾਂ ਦਾ ਕੀ ਬਣਿਆ: ਟੀਮ ਵੱਲੋਂ ਦਰਜ ਕੀਤੇ ਨਤੀਜੇ, ਉਹਨਾਂ ਦੇ ਨੋਟਾਂ ਸਮੇਤ
help-claim = /claim CODE — ਕਿਸੇ ਚੈਂਪੀਅਨ ਵੱਲੋਂ ਤੁਹਾਡੇ ਗਰੁੱਪ ਦੀ ਤਰਫ਼ੋਂ ਦਰਜ ਕੀਤੇ ਵਿਚਾਰ ਦੇ ਸਹਿ-ਲੇਖਕ ਬਣੋ, ਅਤੇ ਜਾਣੋ ਕਿ ਉਸਦਾ ਕੀ ਬਣਦਾ ਹੈ
help-updates = /updates [SPRINT] — ਸਪ੍ਰਿੰਟ ਟੀਮ ਦੇ ਅੱਪਡੇਟ ਪੜ੍ਹੋ, ਸਭ ਤੋਂ ਨਵੇਂ ਪਹਿਲਾਂ
help-web = /web — ਵੈੱਬ ’ਤੇ ਸਟਾਫ਼ ਡੈਸ਼ਬੋਰਡ ਵਿੱਚ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਲਿੰਕ ਲਓ (ਨਿੱਜੀ ਤੌਰ ’ਤੇ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ, ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ)
help-capture = /capture NAME|off — ਕਿਸੇ ਗਰੁੱਪ ਦੀ ਤਰਫ਼ੋਂ ਵਿਚਾਰ ਦਰਜ ਕਰੋ (ਕੋਈ ਛੋਟੀ ਟੀਮ ਮੀਟਿੰਗ, ਵਾਰਡ ਰਾਊਂਡ): ਹਰ ਵਿਚਾਰ ਨੂੰ ਉੱਥੇ ਮੌਜੂਦ ਲੋਕਾਂ ਲਈ ਇੱਕ ਕਲੇਮ ਕੋਡ ਮਿਲਦਾ ਹੈ
help-merge = /merge N M — ਦੂਹਰੇ ਵਿਚਾਰ N ਨੂੰ ਵਿਚਾਰ M ਵਿੱਚ ਮਿਲਾਓ (ਇਸਦਾ ਸਮਰਥਨ M ਕੋਲ ਚਲਾ ਜਾਂਦਾ ਹੈ)
help-challenge = /challenge add SPRINT ਸਿਰਲੇਖ | ਵਰਣਨ — ਕਿਸੇ ਸਪ੍ਰਿੰਟ ਵਿੱਚ ਚੁਣੌਤੀ ਜੋੜੋ
help-theme =
    /theme new SPRINT ਨਾਮ | ਵਰਣਨ — ਨਵਾਂ ਵਿਸ਼ਾ ਬਣਾਓ
    /theme add THEME IDEA — ਕਿਸੇ ਵਿਚਾਰ ਨੂੰ ਵਿਸ਼ੇ ਵਿੱਚ ਰੱਖੋ
    /theme list [SPRINT] — ਵਿਸ਼ਿਆਂ ਦੀ ਸੂਚੀ ਦੇਖੋ
help-bigidea =
    /bigidea new SPRINT THEME,THEME ਸਿਰਲੇਖ | ਵਰਣਨ — ਵਿਸ਼ਿਆਂ ਤੋਂ ਵੱਡਾ ਵਿਚਾਰ ਬਣਾਓ
    /bigidea stage N STAGE — ਵੱਡੇ ਵਿਚਾਰ N ਨੂੰ ਨਵੇਂ ਪੜਾਅ ’ਤੇ ਲੈ ਜਾਓ
    /bigidea list [SPRINT] — ਵੱਡੇ ਵਿਚਾਰਾਂ ਦੀ ਸੂਚੀ ਦੇਖੋ
help-outcome = /outcome N|bN OUTCOME ਨੋਟ — ਦਰਜ ਕਰੋ ਕਿ ਵਿਚਾਰ N ਜਾਂ ਵੱਡੇ ਵਿਚਾਰ bN ਦਾ ਕੀ ਬਣਿਆ, ਅਤੇ ਇਸਦੇ ਪਿੱਛੇ ਖੜ੍ਹੇ ਹਰ ਵਿਅਕਤੀ ਨੂੰ ਦੱਸੋ (OUTCOME: under-consideration, prototyping, testing, adopted, scaled-and-spread, ਜਾਂ not-taken-forward, ਜਿਸ ਨਾਲ ਕਾਰਨ ਦੱਸਦਾ ਨੋਟ ਜ਼ਰੂਰੀ ਹੈ)
help-update = /update — ਸਪ੍ਰਿੰਟ ਦੇ ਲੋਕਾਂ ਨੂੰ ਕਦਮ-ਦਰ-ਕਦਮ ਲਿਖੋ: ਹੁਣੇ ਸਬਸਕ੍ਰਾਈਬ ਕਰਨ ਵਾਲੇ ਹਰ ਵਿਅਕਤੀ ਨੂੰ ਭੇਜੋ, ਜਾਂ ਅਗਲੇ ਖ਼ਬਰਸਾਰ ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ ਰੱਖੋ (ਇੱਕ ਲਾਈਨ ਵਿੱਚ: /update now|digest ਸਿਰਲੇਖ | ਲਿਖਤ [| ਲਿੰਕ [| ਵੈਲਸ਼ ਸਿਰਲੇਖ | ਵੈਲਸ਼ ਲਿਖਤ]])
help-stage =
    /stage sprint N STAGE — ਸਪ੍ਰਿੰਟ N ਨੂੰ ਅਗਲੇ ਪੜਾਅ ’ਤੇ ਲੈ ਜਾਓ (draft, open, closed, theming, prototyping, testing, scale and spread, archived)
    /stage idea N STAGE — ਦੱਸੋ ਕਿ ਵਿਚਾਰ N ਕਿੱਥੋਂ ਤੱਕ ਪਹੁੰਚਿਆ ਹੈ (submitted, themed, prototyping, testing, scale and spread, not taken forward)
help-ban = /ban MEMBER ਕਾਰਨ — ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਪੋਸਟ ਕਰਨ ਤੋਂ ਰੋਕੋ (ਉਹ ਫਿਰ ਵੀ ਪੜ੍ਹ ਸਕਦੇ ਹਨ)
help-unban = /unban MEMBER — ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਦੁਬਾਰਾ ਪੋਸਟ ਕਰਨ ਦਿਓ
help-export = /export [SPRINT] [ideas|updates|responses] [csv|json] [withheld] — ਜਨਤਕ ਵਿਚਾਰ (ਜਾਂ ਟੀਮ ਦੇ ਅੱਪਡੇਟ, ਜਾਂ ਹਰ ਟਿੱਪਣੀ ਦੀ ਜਵਾਬ ਲਈ ਉਡੀਕ) ਡਾਊਨਲੋਡ ਕਰੋ, CSV (ਆਮ ਤੌਰ ’ਤੇ) ਜਾਂ JSON ਵਜੋਂ; ਐਡਮਿਨ withheld ਜੋੜ ਕੇ ਰੋਕੇ ਅਤੇ ਲੁਕਾਏ ਵਿਚਾਰ ਵੀ ਲੈ ਸਕਦੇ ਹਨ, ਨਿਸ਼ਾਨ ਲੱਗੇ ਹੋਏ
help-audit = /audit — ਤਾਜ਼ਾ ਮਾਡਰੇਸ਼ਨ ਕਾਰਵਾਈਆਂ ਦੇਖੋ ਅਤੇ ਇਹ ਵੀ ਕਿ ਉਹ ਕਿਸਨੇ ਕੀਤੀਆਂ
help-announce = /announce [CHALLENGE] — ਕਿਸੇ ਗਰੁੱਪ ਜਾਂ ਟੌਪਿਕ ਵਿੱਚ: ਮੌਜੂਦਾ ਸਪ੍ਰਿੰਟ (ਜਾਂ ਇੱਕ ਚੁਣੌਤੀ) ਦੇ ਨਵੇਂ ਵਿਚਾਰਾਂ ਦਾ ਐਲਾਨ ਇੱਥੇ ਕਰੋ; /announce off ਨਾਲ ਇਹ ਬੰਦ ਹੋ ਜਾਂਦਾ ਹੈ
help-deliveries = /deliveries — ਸੂਚਨਾਵਾਂ ਦੀ ਕਤਾਰ: ਕਿੰਨੀਆਂ ਉਡੀਕ ਵਿੱਚ ਹਨ, ਭੇਜੀਆਂ ਗਈਆਂ ਹਨ ਅਤੇ ਪਾਸੇ ਰੱਖੀਆਂ ਗਈਆਂ ਹਨ, ਅਤੇ ਹਾਲ ਹੀ ਵਿੱਚ ਪਾਸੇ ਰੱਖੀਆਂ ਸੂਚਨਾਵਾਂ ਕਿਉਂ ਨਹੀਂ ਪਹੁੰਚੀਆਂ
help-role = /role MEMBER member|champion|moderator|admin — ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਭੂਮਿਕਾ ਦਿਓ

## Names of things, each chosen by one argument (the stored word).

role-name =
    { $role ->
        [member] ਮੈਂਬਰ
        [champion] ਚੈਂਪੀਅਨ
        [moderator] ਮਾਡਰੇਟਰ
       *[admin] ਐਡਮਿਨ
    }

sprint-stage-name =
    { $stage ->
        [draft] ਯੋਜਨਾ ਬਣ ਰਹੀ ਹੈ
        [open] ਵਿਚਾਰਾਂ ਲਈ ਖੁੱਲ੍ਹਾ
        [closed] ਵਿਚਾਰਾਂ ਲਈ ਬੰਦ
        [theming] ਵਿਸ਼ਿਆਂ ਵਿੱਚ ਵੰਡ
        [prototyping] ਪ੍ਰੋਟੋਟਾਈਪ ਬਣਾਉਣਾ
        [testing] ਪਰਖ
        [scale_and_spread] ਵਿਸਥਾਰ ਅਤੇ ਫੈਲਾਅ
       *[archived] ਪੁਰਾਲੇਖ ਵਿੱਚ
    }

development-stage-name =
    { $stage ->
        [submitted] ਭੇਜਿਆ ਗਿਆ
        [themed] ਵਿਸ਼ੇ ਵਿੱਚ ਰੱਖਿਆ ਗਿਆ
        [prototyping] ਪ੍ਰੋਟੋਟਾਈਪ ਬਣਾਉਣਾ
        [testing] ਪਰਖ
        [scale_and_spread] ਵਿਸਥਾਰ ਅਤੇ ਫੈਲਾਅ
       *[not_taken_forward] ਅੱਗੇ ਨਹੀਂ ਲਿਜਾਇਆ ਗਿਆ
    }

idea-kind-name =
    { $kind ->
        [experience] ਤਜਰਬਾ
        [good_practice] ਚੰਗਾ ਅਭਿਆਸ
       *[idea] ਵਿਚਾਰ
    }

describes-name =
    { $describes ->
        [staff] ਸਟਾਫ਼
        [patient] ਮਰੀਜ਼ ਜਾਂ ਸੇਵਾ ਵਰਤਣ ਵਾਲੇ
        [carer] ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਜਾਂ ਪਰਿਵਾਰਕ ਮੈਂਬਰ
        [lived_experience] ਨਿੱਜੀ ਤਜਰਬੇ ਵਾਲੇ ਭਾਈਵਾਲ
        [partner_organisation] ਭਾਈਵਾਲ ਸੰਸਥਾ
       *[other] ਹੋਰ
    }

digest-name =
    { $frequency ->
        [weekly] ਹਫ਼ਤਾਵਾਰੀ
        [daily] ਰੋਜ਼ਾਨਾ
       *[off] ਬੰਦ
    }

pii-kind-name =
    { $kind ->
        [nhs_number] NHS ਨੰਬਰ
        [phone_number] ਫ਼ੋਨ ਨੰਬਰ
        [email] ਈਮੇਲ ਪਤਾ
        [postcode] ਨਾਮ ਦੇ ਨਾਲ ਪੋਸਟਕੋਡ
       *[date_of_birth] ਜਨਮ ਮਿਤੀ
    }

visibility-name =
    { $visibility ->
        [pending] ਜਾਂਚ ਦੀ ਉਡੀਕ ਵਿੱਚ
        [visible] ਪ੍ਰਕਾਸ਼ਿਤ
        [hidden] ਲੁਕਾਇਆ ਗਿਆ
       *[merged] ਮਿਲਾਇਆ ਗਿਆ
    }

origin-name =
    { $origin ->
        [telegram] Telegram
        [discord] Discord
        [console] ਕੰਸੋਲ
       *[other] ਇੰਪੋਰਟ ਕੀਤਾ
    }

# Shown instead of the name of someone who asked to be forgotten.
former-member = ਇੱਕ ਸਾਬਕਾ ਮੈਂਬਰ
# Who a captured idea is by, on its card and page: the group, never the champion who typed it.
# It fills “{ $author } ਵੱਲੋਂ” in idea-meta, so it is worded to need no oblique ending.
idea-by-group = { $session } ਵਿੱਚ ਮੌਜੂਦ ਗਰੁੱਪ

## Announcements in groups and topics

announce-group-only = /announce ਕਿਸੇ ਗਰੁੱਪ ਚੈਟ ਜਾਂ ਟੌਪਿਕ ਵਿੱਚ ਕੰਮ ਕਰਦਾ ਹੈ: ਬੋਟ ਨੂੰ ਉੱਥੇ ਜੋੜੋ ਅਤੇ ਉਸੇ ਚੈਟ ਵਿੱਚ ਇਹ ਕਮਾਂਡ ਭੇਜੋ।
announce-tied = “{ $title }” ਲਈ ਨਵੇਂ ਵਿਚਾਰਾਂ ਦਾ ਐਲਾਨ ਇੱਥੇ ਕੀਤਾ ਜਾਵੇਗਾ।
announce-untied = ਹੁਣ ਤੋਂ ਨਵੇਂ ਵਿਚਾਰਾਂ ਦਾ ਐਲਾਨ ਇੱਥੇ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ।
announce-not-tied = ਇੱਥੇ ਕਿਸੇ ਚੀਜ਼ ਦਾ ਐਲਾਨ ਨਹੀਂ ਕੀਤਾ ਜਾ ਰਿਹਾ ਸੀ।
announce-heading = 💡 ਨਵਾਂ ਵਿਚਾਰ

## Notifications: what people hear about their ideas, comments and sprints

notify-idea-approved = ✅ ਤੁਹਾਡੇ ਵਿਚਾਰ #{ $id } “{ $title }” ਦੀ ਜਾਂਚ ਹੋ ਗਈ ਹੈ ਅਤੇ ਇਹ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋ ਗਿਆ ਹੈ।
notify-idea-held = ⏸ ਤੁਹਾਡਾ ਵਿਚਾਰ #{ $id } “{ $title }” ਟੀਮ ਦੀ ਜਾਂਚ ਹੋਣ ਤੱਕ ਰੋਕਿਆ ਗਿਆ ਹੈ, ਕਿਉਂਕਿ ਇਸ ਵਿੱਚ ਨਿੱਜੀ ਵੇਰਵੇ ਹੋ ਸਕਦੇ ਹਨ ({ $reasons })।
notify-idea-hidden = 🙈 ਟੀਮ ਨੇ ਤੁਹਾਡਾ ਵਿਚਾਰ #{ $id } “{ $title }” ਲੁਕਾ ਦਿੱਤਾ ਹੈ: { $reason }
notify-idea-merged = 🔗 ਤੁਹਾਡੇ ਵਿਚਾਰ #{ $id } “{ $title }” ਨੂੰ #{ $into } “{ $into_title }” ਵਿੱਚ ਮਿਲਾ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਇਸਦੇ ਸਮਰਥਕ ਵੀ ਇਸਦੇ ਨਾਲ ਹੀ ਚਲੇ ਗਏ ਹਨ।
notify-idea-themed = 🏷 ਤੁਹਾਡਾ ਵਿਚਾਰ #{ $id } “{ $title }” ਹੁਣ “{ $theme }” ਵਿਸ਼ੇ ਦਾ ਹਿੱਸਾ ਹੈ।
notify-idea-stage = 🚀 ਵਿਚਾਰ #{ $id } “{ $title }” ਹੁਣ ਇਸ ਪੜਾਅ ’ਤੇ ਹੈ: { $stage }।
notify-comment-hidden = 🙈 ਵਿਚਾਰ #{ $idea } ’ਤੇ ਤੁਹਾਡੀ ਟਿੱਪਣੀ c{ $comment } ਟੀਮ ਨੇ ਲੁਕਾ ਦਿੱਤੀ ਹੈ: { $reason }
notify-response-to-comment = 💬 ਟੀਮ ਨੇ ਵਿਚਾਰ #{ $id } “{ $title }” ’ਤੇ ਤੁਹਾਡੀ ਟਿੱਪਣੀ ਦਾ ਜਵਾਬ ਦਿੱਤਾ ਹੈ।
notify-response-to-idea = 💬 ਟੀਮ ਨੇ ਤੁਹਾਡੇ ਵਿਚਾਰ #{ $id } “{ $title }” ਦਾ ਜਵਾਬ ਦਿੱਤਾ ਹੈ।
notify-reply-to-comment = 💬 ਕਿਸੇ ਨੇ ਵਿਚਾਰ #{ $id } “{ $title }” ’ਤੇ ਤੁਹਾਡੀ ਟਿੱਪਣੀ ਦਾ ਜਵਾਬ ਦਿੱਤਾ ਹੈ।
notify-still-with-team = ⏳ ਵਿਚਾਰ #{ $id } “{ $title }” ’ਤੇ ਤੁਹਾਡੀ ਟਿੱਪਣੀ ਅਜੇ ਵੀ ਸਪ੍ਰਿੰਟ ਟੀਮ ਕੋਲ ਹੈ। ਇਸਨੂੰ ਭੁਲਾਇਆ ਨਹੀਂ ਗਿਆ: ਜਿਵੇਂ ਹੀ ਟੀਮ ਜਵਾਬ ਦੇਵੇਗੀ, ਤੁਹਾਨੂੰ ਦੱਸ ਦਿੱਤਾ ਜਾਵੇਗਾ।
# The response promise's nudges to the sprint team: a champion's working morning, a
# moderator's Monday. A line per comment follows the heading; $left and $waited are lengths
# of time ("3 ਘੰਟੇ", "6 ਦਿਨ").
notify-responses-nearing =
    { $count ->
        [0] ⏰ { $count } ਟਿੱਪਣੀਆਂ ਜਵਾਬ ਦੇ ਟੀਚੇ ਦੇ ਨੇੜੇ ਹਨ ({ $days ->
            [one] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
           *[other] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
        }):
        [one] ⏰ { $count } ਟਿੱਪਣੀ ਜਵਾਬ ਦੇ ਟੀਚੇ ਦੇ ਨੇੜੇ ਹੈ ({ $days ->
            [one] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
           *[other] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
        }):
       *[other] ⏰ { $count } ਟਿੱਪਣੀਆਂ ਜਵਾਬ ਦੇ ਟੀਚੇ ਦੇ ਨੇੜੇ ਹਨ ({ $days ->
            [one] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
           *[other] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
        }):
    }
notify-responses-overdue =
    { $count ->
        [0] 🗓️ ਇਸ ਹਫ਼ਤੇ ਦੀ ਦੇਰੀ ਵਾਲੀ ਸੂਚੀ: { $count } ਟਿੱਪਣੀਆਂ ਜਵਾਬ ਦੇ ਟੀਚੇ ਤੋਂ ਵੱਧ ਸਮਾਂ ਉਡੀਕ ਕਰ ਚੁੱਕੀਆਂ ਹਨ ({ $days ->
            [one] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
           *[other] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
        }):
        [one] 🗓️ ਇਸ ਹਫ਼ਤੇ ਦੀ ਦੇਰੀ ਵਾਲੀ ਸੂਚੀ: { $count } ਟਿੱਪਣੀ ਜਵਾਬ ਦੇ ਟੀਚੇ ਤੋਂ ਵੱਧ ਸਮਾਂ ਉਡੀਕ ਕਰ ਚੁੱਕੀ ਹੈ ({ $days ->
            [one] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
           *[other] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
        }):
       *[other] 🗓️ ਇਸ ਹਫ਼ਤੇ ਦੀ ਦੇਰੀ ਵਾਲੀ ਸੂਚੀ: { $count } ਟਿੱਪਣੀਆਂ ਜਵਾਬ ਦੇ ਟੀਚੇ ਤੋਂ ਵੱਧ ਸਮਾਂ ਉਡੀਕ ਕਰ ਚੁੱਕੀਆਂ ਹਨ ({ $days ->
            [one] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
           *[other] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
        }):
    }
notify-nearing-line = • #{ $id } “{ $title }” ’ਤੇ c{ $comment } — { $left } ਬਾਕੀ
notify-overdue-line = • #{ $id } “{ $title }” ’ਤੇ c{ $comment } — ਉਡੀਕ: { $waited }
notify-waiting-more = …ਅਤੇ { $count } ਹੋਰ।
notify-waiting-hint = ਜਵਾਬ ਦੇਣ ਲਈ /respond cN ਅਤੇ ਆਪਣਾ ਜਵਾਬ ਲਿਖੋ, ਜਾਂ ਜਵਾਬ ਦੀ ਉਡੀਕ ਕਰ ਰਹੀ ਹਰ ਟਿੱਪਣੀ ਦੇਖਣ ਲਈ /awaiting ਲਿਖੋ।
notify-idea-outcome = 📌 ਵਿਚਾਰ #{ $id } “{ $title }” ਦਾ ਕੀ ਬਣਿਆ: { $outcome }। { $note }
notify-big-idea-outcome = 📌 ਵੱਡਾ ਵਿਚਾਰ “{ $title }” ਉਹਨਾਂ ਵਿਚਾਰਾਂ ਤੋਂ ਬਣਿਆ ਸੀ ਜਿਨ੍ਹਾਂ ਨੂੰ ਤੁਸੀਂ ਲਿਖਿਆ, ਜਿਨ੍ਹਾਂ ਦਾ ਸਮਰਥਨ ਕੀਤਾ, ਜਿਨ੍ਹਾਂ ’ਤੇ ਚਰਚਾ ਕੀਤੀ ਜਾਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਫ਼ਾਲੋ ਕੀਤਾ। ਇਸਦਾ ਕੀ ਬਣਿਆ: { $outcome }। { $note }
notify-big-idea-stage = 🌱 ਤੁਹਾਡੀ ਅਵਾਜ਼ ਦਾ ਅਸਰ ਹੋਇਆ: ਵੱਡਾ ਵਿਚਾਰ “{ $title }”, ਜੋ ਉਹਨਾਂ ਵਿਚਾਰਾਂ ਤੋਂ ਬਣਿਆ ਜਿਨ੍ਹਾਂ ਨੂੰ ਤੁਸੀਂ ਲਿਖਿਆ, ਜਿਨ੍ਹਾਂ ਦਾ ਸਮਰਥਨ ਕੀਤਾ ਜਾਂ ਜਿਨ੍ਹਾਂ ’ਤੇ ਚਰਚਾ ਕੀਤੀ, ਹੁਣ ਇਸ ਪੜਾਅ ’ਤੇ ਹੈ: { $stage }।
notify-sprint-opened = 📣 ਸਪ੍ਰਿੰਟ { $id } “{ $title }” ਵਿਚਾਰਾਂ ਲਈ ਖੁੱਲ੍ਹ ਗਿਆ ਹੈ। ਚੁਣੌਤੀਆਂ: { $challenges }। ਆਪਣਾ ਵਿਚਾਰ ਸਾਂਝਾ ਕਰਨ ਲਈ /idea ਭੇਜੋ।
notify-sprint-closed = 🏁 ਸਪ੍ਰਿੰਟ { $id } “{ $title }” ਬੰਦ ਹੋ ਗਿਆ ਹੈ: { $people } ਲੋਕ, { $ideas } ਵਿਚਾਰ, { $interactions ->
        [0] { $interactions } ਗਤੀਵਿਧੀਆਂ
        [one] { $interactions } ਗਤੀਵਿਧੀ
       *[other] { $interactions } ਗਤੀਵਿਧੀਆਂ
    }। ਹਿੱਸਾ ਲੈਣ ਲਈ ਤੁਹਾਡਾ ਧੰਨਵਾਦ।
notify-sprint-stage = 🗺 ਸਪ੍ਰਿੰਟ { $id } “{ $title }” ਹੁਣ ਇਸ ਪੜਾਅ ’ਤੇ ਹੈ: { $stage }।
notify-idea-published = 💡 ਨਵਾਂ ਵਿਚਾਰ #{ $id } “{ $title }”।
notify-comment-published = 💬 ਵਿਚਾਰ #{ $id } ’ਤੇ ਨਵੀਂ ਟਿੱਪਣੀ c{ $comment }।
notify-idea-revised = ਸਪ੍ਰਿੰਟ ਟੀਮ ਨੇ ਵਿਚਾਰ #{ $id } ਵਿੱਚ ਬਦਲਾਅ ਕੀਤਾ ਹੈ।
notify-comment-revised = ਸਪ੍ਰਿੰਟ ਟੀਮ ਨੇ ਵਿਚਾਰ #{ $id } ’ਤੇ ਟਿੱਪਣੀ c{ $comment } ਵਿੱਚ ਬਦਲਾਅ ਕੀਤਾ ਹੈ।
notify-button-open = ਵਿਚਾਰ #{ $id } ਖੋਲ੍ਹੋ

## The delivery queue

deliveries-counts = ਸੂਚਨਾਵਾਂ: { $pending } ਉਡੀਕ ਵਿੱਚ, { $sending } ਭੇਜੀਆਂ ਜਾ ਰਹੀਆਂ, { $sent } ਭੇਜੀਆਂ ਗਈਆਂ, { $dead } ਪਾਸੇ ਰੱਖੀਆਂ, { $duplicate } ਕਿਸੇ ਵਰਕਰ ਦੇ ਰੁਕਣ ਤੋਂ ਬਾਅਦ ਦੁਬਾਰਾ ਚੁੱਕੀਆਂ ਗਈਆਂ (ਹਰੇਕ ਸ਼ਾਇਦ ਦੋ ਵਾਰ ਭੇਜੀ ਗਈ ਹੋਵੇ)।
deliveries-dead-line = ਪਾਸੇ ਰੱਖੀ #{ $id }: { $platform } ’ਤੇ ਮੈਂਬਰ { $member } ਲਈ { $event }: { $reason }
notify-paused = ਸੂਚਨਾਵਾਂ { $until } ਤੱਕ ਰੋਕੀਆਂ ਗਈਆਂ ਹਨ। /pause off ਨਾਲ ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ ਪਹਿਲਾਂ ਚਾਲੂ ਕਰ ਸਕਦੇ ਹੋ।
notify-resumed = ਸੂਚਨਾਵਾਂ ਦੁਬਾਰਾ ਚਾਲੂ ਹਨ।
notify-muted = ਤੁਹਾਨੂੰ ਹੁਣ ਵਿਚਾਰ #{ $id } ਬਾਰੇ ਸੂਚਨਾਵਾਂ ਨਹੀਂ ਮਿਲਣਗੀਆਂ। /unmute { $id } ਨਾਲ ਇਹ ਫਿਰ ਸ਼ੁਰੂ ਹੋ ਜਾਣਗੀਆਂ।
notify-unmuted = ਤੁਹਾਨੂੰ ਵਿਚਾਰ #{ $id } ਬਾਰੇ ਦੁਬਾਰਾ ਸੂਚਨਾਵਾਂ ਮਿਲਣਗੀਆਂ।

## The digest and the closing reminder

notify-sprint-closing-soon = ⏳ ਸਪ੍ਰਿੰਟ { $id } “{ $title }” 48 ਘੰਟਿਆਂ ਵਿੱਚ ਬੰਦ ਹੋ ਜਾਵੇਗਾ ({ $closes })। { $news ->
        [0] ਕੋਈ ਵਿਚਾਰ ਪੋਸਟ ਕਰਨ ਜਾਂ ਦੂਜਿਆਂ ਦੇ ਵਿਚਾਰਾਂ ਦਾ ਸਮਰਥਨ ਕਰਨ ਲਈ ਅਜੇ ਵੀ ਸਮਾਂ ਹੈ।
        [one] ਤੁਹਾਡੇ ਵੱਲੋਂ ਸਮਰਥਨ ਕੀਤੇ { $news } ਵਿਚਾਰ ’ਤੇ ਨਵੀਆਂ ਟਿੱਪਣੀਆਂ ਹਨ।
       *[other] ਤੁਹਾਡੇ ਵੱਲੋਂ ਸਮਰਥਨ ਕੀਤੇ { $news } ਵਿਚਾਰਾਂ ’ਤੇ ਨਵੀਆਂ ਟਿੱਪਣੀਆਂ ਹਨ।
    }
digest-heading = { $frequency ->
        [daily] 📬 ਤੁਹਾਡਾ ਰੋਜ਼ਾਨਾ crowdsprint ਖ਼ਬਰਸਾਰ
       *[other] 📬 ਤੁਹਾਡਾ ਹਫ਼ਤਾਵਾਰੀ crowdsprint ਖ਼ਬਰਸਾਰ
    }
digest-challenges = ਨਵੀਆਂ ਚੁਣੌਤੀਆਂ:
digest-updates = ਟੀਮ ਵੱਲੋਂ:
digest-challenge = • { $title }
digest-top-ideas = ਸਭ ਤੋਂ ਵੱਧ ਸਮਰਥਨ ਵਾਲੇ ਨਵੇਂ ਵਿਚਾਰ:
digest-top-idea = • #{ $id } { $title } ({ $count ->
        [one] { $count } ਸਮਰਥਕ
       *[other] { $count } ਸਮਰਥਕ
    })
digest-followed = ਤੁਹਾਡੇ ਵੱਲੋਂ ਫ਼ਾਲੋ ਕੀਤੇ ਵਿਚਾਰਾਂ ’ਤੇ:
digest-followed-idea = • #{ $id } { $title }: { $count ->
        [0] { $count } ਨਵੀਆਂ ਟਿੱਪਣੀਆਂ
        [one] { $count } ਨਵੀਂ ਟਿੱਪਣੀ
       *[other] { $count } ਨਵੀਆਂ ਟਿੱਪਣੀਆਂ
    }
digest-responses = ਟੀਮ ਨੇ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦਿੱਤਾ:
digest-response = • #{ $id } { $title }
digest-outcomes = ਤੁਹਾਡੇ ਵੱਲੋਂ ਸਮਰਥਨ ਕੀਤੇ ਵਿਚਾਰਾਂ ਦਾ ਕੀ ਬਣਿਆ:
digest-outcome = • #{ $id } { $title }: { $outcome }
digest-deadlines = ਜਲਦੀ ਬੰਦ ਹੋ ਰਹੇ ਹਨ:
digest-deadline = • { $title } { $closes } ਨੂੰ ਬੰਦ ਹੋਵੇਗਾ
digest-footer = { $frequency ->
        [daily] ਤੁਹਾਨੂੰ ਇਹ ਹਰ ਰੋਜ਼ ਮਿਲਦਾ ਹੈ ਕਿਉਂਕਿ ਤੁਸੀਂ ਸਬਸਕ੍ਰਾਈਬ ਕੀਤਾ ਹੈ।
       *[other] ਤੁਹਾਨੂੰ ਇਹ ਹਰ ਹਫ਼ਤੇ ਮਿਲਦਾ ਹੈ ਕਿਉਂਕਿ ਤੁਸੀਂ ਸਬਸਕ੍ਰਾਈਬ ਕੀਤਾ ਹੈ।
    } ਇਹ ਕਿੰਨੀ ਵਾਰ ਮਿਲੇ, ਇਹ ਤੁਸੀਂ /subscribe ਨਾਲ ਬਦਲ ਸਕਦੇ ਹੋ।
digest-button-support = 👍 #{ $id }
digest-button-follow = 🔔 #{ $id }
digest-button-open = #{ $id } ਖੋਲ੍ਹੋ
digest-button-unsubscribe = ਖ਼ਬਰਸਾਰ ਬੰਦ ਕਰੋ
digest-unsubscribed = ਤੁਹਾਨੂੰ ਹੁਣ ਖ਼ਬਰਸਾਰ ਜਾਂ ਸਪ੍ਰਿੰਟ ਦੀਆਂ ਖ਼ਬਰਾਂ ਨਹੀਂ ਮਿਲਣਗੀਆਂ। /subscribe weekly ਨਾਲ ਇਹ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਹੋ ਜਾਣਗੀਆਂ।
notify-timezone-set = ਤੁਹਾਡਾ ਸਮਾਂ ਖੇਤਰ ਹੁਣ { $zone } ਹੈ: ਖ਼ਬਰਸਾਰ ਤੁਹਾਡੀ ਸਵੇਰ ਨੂੰ ਆਵੇਗਾ ਅਤੇ ਸ਼ਾਂਤ ਘੰਟੇ ਤੁਹਾਡੀ ਰਾਤ ਅਨੁਸਾਰ ਹੋਣਗੇ।
notify-timezone-off = ਤੁਹਾਡਾ ਸਮਾਂ ਖੇਤਰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ; ਹੁਣ ਸਮਾਂ ਸੇਵਾ ਦੇ ਸਮਾਂ ਖੇਤਰ ({ $zone }) ਅਨੁਸਾਰ ਚੱਲੇਗਾ।

## Rate limits. $kind is idea or vote; $unit is seconds or minutes.

slow-down =
    { $kind ->
        [idea] ਤੁਸੀਂ ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਬਹੁਤ ਸਾਰੇ ਵਿਚਾਰ ਸਾਂਝੇ ਕੀਤੇ ਹਨ — ਤੁਹਾਡਾ ਧੰਨਵਾਦ!
        [comment] ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਬਹੁਤ ਸਾਰੀਆਂ ਟਿੱਪਣੀਆਂ ਹੋ ਗਈਆਂ ਹਨ — ਤੁਹਾਡਾ ਧੰਨਵਾਦ!
        [link] ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਖਾਤੇ ਜੋੜਨ ਦੀਆਂ ਬਹੁਤ ਕੋਸ਼ਿਸ਼ਾਂ ਹੋਈਆਂ ਹਨ।
       *[vote] ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਬਹੁਤ ਵਾਰ ਸਮਰਥਨ ਕੀਤਾ ਗਿਆ ਹੈ।
    } ਕਿਰਪਾ ਕਰਕੇ { $unit ->
        [minutes]
            { $count ->
                [one] { $count } ਮਿੰਟ
               *[other] { $count } ਮਿੰਟ
            }
       *[seconds]
            { $count ->
                [one] { $count } ਸਕਿੰਟ
               *[other] { $count } ਸਕਿੰਟ
            }
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Your data (/mydata): a line before the full record
mydata-summary = { $accounts } { $accounts ->
        [0] ਜੁੜੇ ਖਾਤੇ
        [one] ਜੁੜਿਆ ਖਾਤਾ
       *[other] ਜੁੜੇ ਖਾਤੇ
    }, { $ideas } { $ideas ->
        [one] ਵਿਚਾਰ
       *[other] ਵਿਚਾਰ
    }, { $comments } { $comments ->
        [0] ਟਿੱਪਣੀਆਂ
        [one] ਟਿੱਪਣੀ
       *[other] ਟਿੱਪਣੀਆਂ
    }, ਸਮਰਥਨ ਕੀਤੇ ਵਿਚਾਰ: { $supported }, ਫ਼ਾਲੋ ਕੀਤੇ ਵਿਚਾਰ: { $following }, ਤੁਹਾਡੇ ਲਈ { $deliveries } { $deliveries ->
        [0] ਸੁਨੇਹੇ ਉਡੀਕ ਵਿੱਚ ਜਾਂ ਰੱਖੇ ਹੋਏ
        [one] ਸੁਨੇਹਾ ਉਡੀਕ ਵਿੱਚ ਜਾਂ ਰੱਖਿਆ ਹੋਇਆ
       *[other] ਸੁਨੇਹੇ ਉਡੀਕ ਵਿੱਚ ਜਾਂ ਰੱਖੇ ਹੋਏ
    } (ਭੇਜਣ ਤੋਂ ਬਾਅਦ 30 ਦਿਨ ਰੱਖੇ ਜਾਂਦੇ ਹਨ), ਟੀਮ ਦੇ ਕਾਰਵਾਈ-ਰਿਕਾਰਡ ਵਿੱਚ ਤੁਹਾਡੇ ਬਾਰੇ ਜਾਂ ਤੁਹਾਡੇ ਵੱਲੋਂ { $audit } { $audit ->
        [0] ਐਂਟਰੀਆਂ
        [one] ਐਂਟਰੀ
       *[other] ਐਂਟਰੀਆਂ
    }।

## The text layouts' words (core/src/layout.rs and the chat bots' own layouts): idea lines,
## cards, lists, the review queue, sprints, audit lines, and the answers every surface gives.

member-welcome-back = ਫਿਰ ਤੋਂ ਜੀ ਆਇਆਂ ਨੂੰ, { $name }। ਸਭ ਤੋਂ ਵੱਧ ਸਮਰਥਨ ਵਾਲੇ ਵਿਚਾਰ ਦੇਖਣ ਲਈ /ideas, ਆਪਣਾ ਵਿਚਾਰ ਸਾਂਝਾ ਕਰਨ ਲਈ /idea, ਜਾਂ ਸਭ ਕੁਝ ਦੇਖਣ ਲਈ /help ਲਿਖੋ।
registration-not-saved = ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ। ਜਦੋਂ ਵੀ ਤੁਸੀਂ ਤਿਆਰ ਹੋਵੋ, /start ਲਿਖੋ।
member-registered = ਤੁਸੀਂ ਰਜਿਸਟਰ ਹੋ ਗਏ ਹੋ, { $name }। ਵਿਚਾਰ ਸਾਂਝਾ ਕਰਨ ਲਈ /idea, ਦੂਜਿਆਂ ਦੇ ਵਿਚਾਰ ਦੇਖਣ ਲਈ /ideas, ਜਾਂ ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ /help ਲਿਖੋ।
plain-text-unregistered = ਧੰਨਵਾਦ! ਇਸਨੂੰ ਵਿਚਾਰ ਵਜੋਂ ਪੋਸਟ ਕਰਨ ਲਈ, ਕਿਰਪਾ ਕਰਕੇ ਪਹਿਲਾਂ /start ਨਾਲ ਰਜਿਸਟਰ ਕਰੋ — ਇਸ ਵਿੱਚ ਬੱਸ ਇੱਕ ਮਿੰਟ ਲੱਗਦਾ ਹੈ।
idea-intro = “{ $sprint }” ਲਈ ਨਵਾਂ ਵਿਚਾਰ।
idea-ask-title = ਆਪਣੇ ਵਿਚਾਰ ਨੂੰ ਇੱਕ ਛੋਟਾ ਸਿਰਲੇਖ ਦਿਓ (120 ਅੱਖਰਾਂ ਤੱਕ)।
idea-similar =
    { $count ->
        [one] { $count } ਮਿਲਦਾ-ਜੁਲਦਾ ਵਿਚਾਰ ਪਹਿਲਾਂ ਹੀ ਮੌਜੂਦ ਹੈ:
       *[other] { $count } ਮਿਲਦੇ-ਜੁਲਦੇ ਵਿਚਾਰ ਪਹਿਲਾਂ ਹੀ ਮੌਜੂਦ ਹਨ:
    }
support-added =
    ਹੁਣ ਤੁਸੀਂ ਵਿਚਾਰ #{ $id } ਦਾ ਸਮਰਥਨ ਕਰਦੇ ਹੋ। { $supporters ->
        [0] ਇਸਦਾ ਅਜੇ ਕੋਈ ਸਮਰਥਕ ਨਹੀਂ ਹੈ।
        [one] ਇਸਦਾ { $supporters } ਸਮਰਥਕ ਹੈ।
       *[other] ਇਸਦੇ { $supporters } ਸਮਰਥਕ ਹਨ।
    }
support-removed =
    ਹੁਣ ਤੁਸੀਂ ਵਿਚਾਰ #{ $id } ਦਾ ਸਮਰਥਨ ਨਹੀਂ ਕਰਦੇ। { $supporters ->
        [0] ਇਸਦਾ ਹੁਣ ਕੋਈ ਸਮਰਥਕ ਨਹੀਂ ਰਿਹਾ।
        [one] ਇਸਦਾ { $supporters } ਸਮਰਥਕ ਹੈ।
       *[other] ਇਸਦੇ { $supporters } ਸਮਰਥਕ ਹਨ।
    }
comment-added = ਧੰਨਵਾਦ — ਤੁਹਾਡੀ ਟਿੱਪਣੀ c{ $id } ਵਿਚਾਰ #{ $idea } ’ਤੇ ਪਾ ਦਿੱਤੀ ਗਈ ਹੈ।
comment-held = ਤੁਹਾਡੀ ਟਿੱਪਣੀ c{ $id } ਸੰਭਾਲ ਲਈ ਗਈ ਹੈ, ਪਰ ਜਦੋਂ ਤੱਕ ਕੋਈ ਇਸਦੀ ਜਾਂਚ ਨਹੀਂ ਕਰ ਲੈਂਦਾ, ਇਸਨੂੰ ਰੋਕਿਆ ਗਿਆ ਹੈ, ਕਿਉਂਕਿ ਇਸ ਵਿੱਚ ਨਿੱਜੀ ਵੇਰਵੇ ਹੋ ਸਕਦੇ ਹਨ ({ $reasons })।
follow-added = ਤੁਸੀਂ ਵਿਚਾਰ #{ $id } ਨੂੰ ਫ਼ਾਲੋ ਕਰ ਰਹੇ ਹੋ: ਤੁਹਾਨੂੰ ਜਵਾਬਾਂ ਅਤੇ ਤਰੱਕੀ ਬਾਰੇ ਪਤਾ ਲੱਗਦਾ ਰਹੇਗਾ।
follow-removed = ਤੁਸੀਂ ਵਿਚਾਰ #{ $id } ਨੂੰ ਫ਼ਾਲੋ ਕਰਨਾ ਬੰਦ ਕਰ ਦਿੱਤਾ ਹੈ।
digest-subscribed = ਖ਼ਬਰਸਾਰ: { $frequency }।
language-current = ਤੁਹਾਡੀ ਭਾਸ਼ਾ { $language } ਹੈ। ਇਹਨਾਂ ਵਿੱਚੋਂ ਚੁਣੋ: { $choices } — ਜਿਵੇਂ /language en
language-set = ਭਾਸ਼ਾ ਬਦਲ ਕੇ { $language } ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ।
account-link-code = ਤੁਹਾਡਾ ਜੋੜਨ ਵਾਲਾ ਕੋਡ { $code } ਹੈ। ਦੋਵੇਂ ਖਾਤੇ ਜੋੜਨ ਲਈ { $minutes } ਮਿੰਟਾਂ ਦੇ ਅੰਦਰ ਦੂਜੀ ਐਪ ਵਿੱਚ /link { $code } ਲਿਖੋ।
account-linked = ਹੋ ਗਿਆ — ਇਹ ਖਾਤਾ ਹੁਣ ਤੁਹਾਡੀ crowdsprint ਪ੍ਰੋਫ਼ਾਈਲ ਨਾਲ ਜੁੜ ਗਿਆ ਹੈ।
mydata-heading = ਸਾਡੇ ਕੋਲ ਤੁਹਾਡੇ ਬਾਰੇ ਜੋ ਕੁਝ ਵੀ ਹੈ:
member-forget-confirm = ਇਸ ਨਾਲ ਤੁਹਾਡਾ ਨਾਮ ਅਤੇ ਖਾਤੇ ਮਿਟ ਜਾਣਗੇ। ਤੁਹਾਡੇ ਵਿਚਾਰ ਅਤੇ ਟਿੱਪਣੀਆਂ ਰਹਿਣਗੀਆਂ, ਅਤੇ “ਇੱਕ ਸਾਬਕਾ ਮੈਂਬਰ” ਵੱਲੋਂ ਦਿਖਾਈਆਂ ਜਾਣਗੀਆਂ। ਮਿਟਾਉਣ ਲਈ ਹਾਂ ਲਿਖੋ; ਆਪਣਾ ਖਾਤਾ ਰੱਖਣ ਲਈ ਕੁਝ ਵੀ ਹੋਰ ਲਿਖੋ।
member-forgotten = ਤੁਹਾਡੇ ਵੇਰਵੇ ਮਿਟਾ ਦਿੱਤੇ ਗਏ ਹਨ। ਹਿੱਸਾ ਲੈਣ ਲਈ ਤੁਹਾਡਾ ਧੰਨਵਾਦ।
conversation-cancelled = ਰੱਦ ਕਰ ਦਿੱਤਾ ਗਿਆ — ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
conversation-nothing-to-cancel = ਰੱਦ ਕਰਨ ਲਈ ਕੁਝ ਵੀ ਨਹੀਂ ਹੈ।
idea-line =
    #{ $id } { $title } — { $supporters ->
        [one] { $supporters } ਸਮਰਥਕ
       *[other] { $supporters } ਸਮਰਥਕ
    }, { $comments ->
        [0] { $comments } ਟਿੱਪਣੀਆਂ
        [one] { $comments } ਟਿੱਪਣੀ
       *[other] { $comments } ਟਿੱਪਣੀਆਂ
    }
no-ideas = ਇੱਥੇ ਅਜੇ ਕੋਈ ਵਿਚਾਰ ਨਹੀਂ ਹੈ। ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਤੁਸੀਂ ਸਾਂਝਾ ਕਰੋ: /idea ਲਿਖੋ।
list-page = { $pages } ਵਿੱਚੋਂ ਪੰਨਾ { $page }। ਅਗਲਾ ਪੰਨਾ: /ideas { $list } { $next }
idea-title = #{ $id } { $title }
idea-meta = { $kind } · { $challenge } · { $author } ਵੱਲੋਂ · { $date }
idea-held = ਜਾਂਚ ਲਈ ਰੋਕਿਆ ਗਿਆ: ਇਸ ਵਿੱਚ { $reasons } ਹੋ ਸਕਦਾ ਹੈ।
idea-hidden = ਟੀਮ ਨੇ ਲੁਕਾਇਆ: { $reason }
idea-merged = ਵਿਚਾਰ #{ $into } ਵਿੱਚ ਮਿਲਾਇਆ ਗਿਆ।
idea-status =
    { $supporters ->
        [one] { $supporters } ਸਮਰਥਕ
       *[other] { $supporters } ਸਮਰਥਕ
    } · ਪੜਾਅ: { $stage }{ $supported ->
        [yes] {" "}· ਤੁਸੀਂ ਇਸਦਾ ਸਮਰਥਨ ਕਰਦੇ ਹੋ
       *[no] {""}
    }{ $following ->
        [yes] {" "}· ਫ਼ਾਲੋ ਕਰ ਰਹੇ ਹੋ
       *[no] {""}
    }
idea-themes = ਵਿਸ਼ੇ: { $themes }
no-comments = ਅਜੇ ਕੋਈ ਟਿੱਪਣੀ ਨਹੀਂ। ਟਿੱਪਣੀ ਕਰਨ ਲਈ ਲਿਖੋ: /comment { $id } ਤੁਹਾਡੀ ਟਿੱਪਣੀ
comments-heading = ਟਿੱਪਣੀਆਂ:
comment-line = c{ $id } { $author }: { $body }
response-line = c{ $id } ✔ { $author } ਵੱਲੋਂ ਜਵਾਬ: { $body }
idea-actions = /support { $id } · /comment { $id } ਲਿਖਤ · /follow { $id }
sprint-title = ਸਪ੍ਰਿੰਟ { $id }: { $title } ({ $stage })
sprint-open-until = { $opens } ਤੋਂ { $closes } ਤੱਕ ਵਿਚਾਰਾਂ ਲਈ ਖੁੱਲ੍ਹਾ।
sprint-window = { $opens } ਤੋਂ { $closes } ਤੱਕ ਚੱਲਦਾ ਹੈ; ਇਸ ਵੇਲੇ ਨਵੇਂ ਵਿਚਾਰ ਨਹੀਂ ਲਏ ਜਾ ਰਹੇ।
sprint-line = ਸਪ੍ਰਿੰਟ { $id }: { $title } — { $stage }, { $closes } ਨੂੰ ਬੰਦ ਹੋਵੇਗਾ
sprint-target-set =
    { $own ->
        [yes] ਸਪ੍ਰਿੰਟ { $id } “{ $title }” ਹੁਣ { $days ->
            [one] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
           *[other] { $days } ਕੰਮਕਾਜੀ ਦਿਨਾਂ
        } ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਣ ਦਾ ਵਾਅਦਾ ਕਰਦਾ ਹੈ।
       *[no] ਸਪ੍ਰਿੰਟ { $id } “{ $title }” ’ਤੇ ਫਿਰ ਤੋਂ ਸੇਵਾ ਵਾਲਾ ਜਵਾਬ ਦਾ ਟੀਚਾ ਲਾਗੂ ਹੈ: { $days } ਕੰਮਕਾਜੀ ਦਿਨ।
    }
idea-counts = { $people ->
        [0] { $people } ਲੋਕ
        [one] { $people } ਵਿਅਕਤੀ
       *[other] { $people } ਲੋਕ
    } · { $ideas } ਵਿਚਾਰ · { $votes } ਸਮਰਥਨ · { $comments ->
        [0] { $comments } ਟਿੱਪਣੀਆਂ
        [one] { $comments } ਟਿੱਪਣੀ
       *[other] { $comments } ਟਿੱਪਣੀਆਂ
    } · { $interactions ->
        [0] { $interactions } ਗਤੀਵਿਧੀਆਂ
        [one] { $interactions } ਗਤੀਵਿਧੀ
       *[other] { $interactions } ਗਤੀਵਿਧੀਆਂ
    }
challenges-heading = ਚੁਣੌਤੀਆਂ:
no-challenges = ਇਸ ਸਪ੍ਰਿੰਟ ਵਿੱਚ ਅਜੇ ਕੋਈ ਚੁਣੌਤੀ ਨਹੀਂ ਹੈ।
help-heading = ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ:
help-section = { $role } ਦੀ ਭੂਮਿਕਾ ਲਈ:
help-footer = ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ /help ਤੋਂ ਬਾਅਦ ਕਮਾਂਡ ਦਾ ਨਾਮ ਲਿਖੋ (ਜਿਵੇਂ /help support)। ਕਮਾਂਡ ਤੋਂ ਬਿਨਾਂ ਭੇਜਿਆ ਸੁਨੇਹਾ ਨਵਾਂ ਵਿਚਾਰ ਬਣ ਜਾਂਦਾ ਹੈ।
command-usage = ਵਰਤੋਂ: { $usage }
review-heading = ਜਾਂਚ ਦੀ ਉਡੀਕ ਵਿੱਚ: { $ideas } ਵਿਚਾਰ, { $comments ->
        [0] { $comments } ਟਿੱਪਣੀਆਂ
        [one] { $comments } ਟਿੱਪਣੀ
       *[other] { $comments } ਟਿੱਪਣੀਆਂ
    }।
review-comment = #{ $idea } “{ $title }” ’ਤੇ c{ $id } — { $author }: { $body }
review-actions = /approve { $target } · /hide { $target } ਕਾਰਨ · /respond { $target } ਲਿਖਤ
review-approved = { $target } ਮਨਜ਼ੂਰ ਕੀਤਾ ਗਿਆ।
review-responded = ਜਵਾਬ c{ $id } { $target } ’ਤੇ ਪਾ ਦਿੱਤਾ ਗਿਆ ਹੈ; ਲੇਖਕ ਨੂੰ ਦੱਸਿਆ ਜਾਵੇਗਾ।
review-hidden = { $target } ਲੁਕਾਇਆ ਗਿਆ; ਲੇਖਕ ਨੂੰ ਕਾਰਨ ਦੱਸਿਆ ਜਾਵੇਗਾ।
review-restored = { $target } ਵਾਪਸ ਲਿਆਂਦਾ ਗਿਆ।
stats-responses =
    ਪਹਿਲੇ ਜਵਾਬ: ਮੀਡੀਅਨ (ਵਿਚਕਾਰਲਾ) ਸਮਾਂ { $median }; { $answered } ਵਿੱਚੋਂ { $within } ਦਾ ਜਵਾਬ { $days ->
        [one] { $days } ਕੰਮਕਾਜੀ ਦਿਨ
       *[other] { $days } ਕੰਮਕਾਜੀ ਦਿਨਾਂ
    } ਦੇ ਅੰਦਰ ਦਿੱਤਾ ਗਿਆ।
stats-no-responses = ਪਹਿਲੇ ਜਵਾਬ: ਅਜੇ ਕੋਈ ਨਹੀਂ।
stats-captured =
    ਕਿਸੇ ਗਰੁੱਪ ਦੀ ਤਰਫ਼ੋਂ ਦਰਜ ਕੀਤੇ ਵਿਚਾਰ: { $sessions ->
        [one] { $sessions } ਸੈਸ਼ਨ
       *[other] { $sessions } ਸੈਸ਼ਨਾਂ
    } ਵਿੱਚੋਂ { $count ->
        [one] { $count } ਵਿਚਾਰ
       *[other] { $count } ਵਿਚਾਰ
    } (ਇਹ ਚੈਂਪੀਅਨਾਂ ਦੇ ਆਪਣੇ ਵਿਚਾਰਾਂ ਵਿੱਚ ਨਹੀਂ ਗਿਣੇ ਜਾਂਦੇ)।
stats-updates =
    ਟੀਮ ਦੇ ਅੱਪਡੇਟ: { $now ->
        [one] { $now } ਤੁਰੰਤ ਭੇਜਿਆ ਗਿਆ
       *[other] { $now } ਤੁਰੰਤ ਭੇਜੇ ਗਏ
    }, { $digest ->
        [one] { $digest } ਖ਼ਬਰਸਾਰਾਂ ਲਈ ਰੱਖਿਆ ਗਿਆ
       *[other] { $digest } ਖ਼ਬਰਸਾਰਾਂ ਲਈ ਰੱਖੇ ਗਏ
    }।
outcome-name =
    { $outcome ->
        [under_consideration] ਵਿਚਾਰ ਅਧੀਨ
        [prototyping] ਪ੍ਰੋਟੋਟਾਈਪ ਬਣਾਉਣ ਲਈ ਲਿਆ ਗਿਆ
        [testing] ਪਰਖਿਆ ਜਾ ਰਿਹਾ ਹੈ
        [adopted] ਅਪਣਾਇਆ ਗਿਆ
        [scaled_and_spread] ਵੱਡੇ ਪੱਧਰ ’ਤੇ ਵਧਾਇਆ ਅਤੇ ਫੈਲਾਇਆ ਗਿਆ
       *[not_taken_forward] ਅੱਗੇ ਨਹੀਂ ਲਿਜਾਇਆ ਗਿਆ
    }
outcome-set =
    { $of } ਦਾ ਨਤੀਜਾ ਦਰਜ ਕੀਤਾ ਗਿਆ: { $outcome }। { $count ->
        [0] { $count } ਲੋਕਾਂ ਨੂੰ ਦੱਸਿਆ ਜਾਵੇਗਾ।
        [one] { $count } ਵਿਅਕਤੀ ਨੂੰ ਦੱਸਿਆ ਜਾਵੇਗਾ।
       *[other] { $count } ਲੋਕਾਂ ਨੂੰ ਦੱਸਿਆ ਜਾਵੇਗਾ।
    }
outcomes-heading = “{ $sprint }” ਵਿੱਚ ਵਿਚਾਰਾਂ ਦਾ ਕੀ ਬਣਿਆ:
outcomes-line = { $of } “{ $title }”: { $outcome }
outcomes-line-noted = { $of } “{ $title }”: { $outcome } — { $note }
outcomes-none = “{ $sprint }” ਵਿੱਚ ਅਜੇ ਕੋਈ ਨਤੀਜਾ ਦਰਜ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
# Team updates: $title and $body are the team's words (in Welsh for a Welsh reader when
# the team gave them); $has_link is yes when there is a $link.
team-update =
    📣 ਸਪ੍ਰਿੰਟ ਟੀਮ ਵੱਲੋਂ: { $title }
    { $body }{ $has_link ->
        [yes] {""}
            ਹੋਰ ਜਾਣਕਾਰੀ: { $link }
       *[other] {""}
    }
update-posted =
    { $when ->
        [now] ✅ ਅੱਪਡੇਟ #{ $id } ਸਬਸਕ੍ਰਾਈਬ ਕਰਨ ਵਾਲੇ ਹਰ ਵਿਅਕਤੀ ਨੂੰ ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ, ਓਨੀ ਤੇਜ਼ੀ ਨਾਲ ਜਿੰਨੀ ਪਲੇਟਫ਼ਾਰਮ ਇਜਾਜ਼ਤ ਦਿੰਦੇ ਹਨ।
       *[digest] ✅ ਅੱਪਡੇਟ #{ $id } ਹਰ ਕਿਸੇ ਦੇ ਅਗਲੇ ਖ਼ਬਰਸਾਰ ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ, “ਟੀਮ ਵੱਲੋਂ” ਹੇਠ ਆਵੇਗਾ।
    }
updates-heading = 📣 “{ $sprint }” ਵਿੱਚ ਸਪ੍ਰਿੰਟ ਟੀਮ ਦੇ ਅੱਪਡੇਟ, ਸਭ ਤੋਂ ਨਵੇਂ ਪਹਿਲਾਂ:
updates-line = • #{ $id } { $date }: { $title }
updates-none = ਸਪ੍ਰਿੰਟ ਟੀਮ ਨੇ ਅਜੇ “{ $sprint }” ਵਿੱਚ ਕੋਈ ਅੱਪਡੇਟ ਪੋਸਟ ਨਹੀਂ ਕੀਤਾ।
web-sign-in-link = ਸਟਾਫ਼ ਡੈਸ਼ਬੋਰਡ ਲਈ ਤੁਹਾਡਾ ਸਾਈਨ-ਇਨ ਲਿੰਕ: { $link }
    ਇਹ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ, { $minutes } ਮਿੰਟਾਂ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ। ਇਸਨੂੰ ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ: ਇਸ ਨਾਲ ਤੁਹਾਡੇ ਨਾਮ ’ਤੇ ਸਾਈਨ ਇਨ ਹੁੰਦਾ ਹੈ।
# Capturing ideas on a group's behalf (a huddle, a ward round) and claiming them.
capture-started = 📝 “{ $session }” ਲਈ ਵਿਚਾਰ ਦਰਜ ਕੀਤੇ ਜਾ ਰਹੇ ਹਨ। ਹੁਣ ਤੁਸੀਂ ਜੋ ਵੀ ਵਿਚਾਰ ਪੋਸਟ ਕਰੋਗੇ, ਉਹ ਤੁਹਾਡਾ ਨਹੀਂ ਸਗੋਂ ਗਰੁੱਪ ਦਾ ਹੋਵੇਗਾ, ਅਤੇ ਉਸਨੂੰ ਉੱਥੇ ਮੌਜੂਦ ਲੋਕਾਂ ਲਈ ਇੱਕ ਕਲੇਮ ਕੋਡ ਮਿਲੇਗਾ। ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋਣ ’ਤੇ /capture off ਭੇਜੋ ({ $hours } ਘੰਟਿਆਂ ਬਾਅਦ ਇਹ ਆਪਣੇ-ਆਪ ਬੰਦ ਹੋ ਜਾਂਦਾ ਹੈ)।
capture-status =
    { $count ->
        [one] 📝 “{ $session }” ਲਈ ਵਿਚਾਰ ਦਰਜ ਕੀਤੇ ਜਾ ਰਹੇ ਹਨ: ਹੁਣ ਤੱਕ { $count } ਵਿਚਾਰ। ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋਣ ’ਤੇ /capture off ਭੇਜੋ।
       *[other] 📝 “{ $session }” ਲਈ ਵਿਚਾਰ ਦਰਜ ਕੀਤੇ ਜਾ ਰਹੇ ਹਨ: ਹੁਣ ਤੱਕ { $count } ਵਿਚਾਰ। ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋਣ ’ਤੇ /capture off ਭੇਜੋ।
    }
capture-stopped =
    { $count ->
        [0] ਵਿਚਾਰ ਦਰਜ ਕਰਨ ਦਾ ਸੈਸ਼ਨ “{ $session }” ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ: { $count } ਵਿਚਾਰ ਦਰਜ ਕੀਤੇ ਗਏ। ਹੁਣ ਤੁਸੀਂ ਜੋ ਵਿਚਾਰ ਪੋਸਟ ਕਰੋਗੇ, ਉਹ ਫਿਰ ਤੋਂ ਤੁਹਾਡੇ ਆਪਣੇ ਹੋਣਗੇ।
        [one] ਵਿਚਾਰ ਦਰਜ ਕਰਨ ਦਾ ਸੈਸ਼ਨ “{ $session }” ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ: { $count } ਵਿਚਾਰ ਦਰਜ ਕੀਤਾ ਗਿਆ। ਹੁਣ ਤੁਸੀਂ ਜੋ ਵਿਚਾਰ ਪੋਸਟ ਕਰੋਗੇ, ਉਹ ਫਿਰ ਤੋਂ ਤੁਹਾਡੇ ਆਪਣੇ ਹੋਣਗੇ।
       *[other] ਵਿਚਾਰ ਦਰਜ ਕਰਨ ਦਾ ਸੈਸ਼ਨ “{ $session }” ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ: { $count } ਵਿਚਾਰ ਦਰਜ ਕੀਤੇ ਗਏ। ਹੁਣ ਤੁਸੀਂ ਜੋ ਵਿਚਾਰ ਪੋਸਟ ਕਰੋਗੇ, ਉਹ ਫਿਰ ਤੋਂ ਤੁਹਾਡੇ ਆਪਣੇ ਹੋਣਗੇ।
    }
capture-none = ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਕਿਸੇ ਗਰੁੱਪ ਲਈ ਵਿਚਾਰ ਦਰਜ ਨਹੀਂ ਕਰ ਰਹੇ। /capture ਅਤੇ ਸੈਸ਼ਨ ਦੇ ਨਾਮ ਨਾਲ ਸ਼ੁਰੂ ਕਰੋ, ਜਿਵੇਂ /capture ਵਾਰਡ 4 ਮੀਟਿੰਗ।
idea-captured = 🤝 ਵਿਚਾਰ #{ $id } “{ $session }” ਲਈ ਦਰਜ ਕੀਤਾ ਗਿਆ ਹੈ। ਇਸਦਾ ਕਲੇਮ ਕੋਡ { $code } ਹੈ: ਉੱਥੇ ਮੌਜੂਦ ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਬੋਟ ਨੂੰ /claim { $code } ਭੇਜ ਕੇ ਸਹਿ-ਲੇਖਕ ਬਣ ਸਕਦਾ ਹੈ ਅਤੇ ਜਾਣ ਸਕਦਾ ਹੈ ਕਿ ਇਸਦਾ ਕੀ ਬਣਦਾ ਹੈ।
idea-claimed = ✅ ਹੁਣ ਤੁਸੀਂ ਵਿਚਾਰ #{ $id } “{ $title }” ਦੇ ਸਹਿ-ਲੇਖਕ ਹੋ। ਤੁਸੀਂ ਇਸਨੂੰ ਫ਼ਾਲੋ ਕਰ ਰਹੇ ਹੋ, ਅਤੇ ਟੀਮ ਦੇ ਜਵਾਬ ਦੇਣ ’ਤੇ ਅਤੇ ਇਸਦਾ ਜੋ ਵੀ ਬਣੇਗਾ, ਉਸ ਬਾਰੇ ਤੁਹਾਨੂੰ ਪਤਾ ਲੱਗੇਗਾ।
awaiting-heading =
    { $count ->
        [0] { $count } ਟਿੱਪਣੀਆਂ ਜਵਾਬ ਦੀ ਉਡੀਕ ਕਰ ਰਹੀਆਂ ਹਨ:
        [one] { $count } ਟਿੱਪਣੀ ਜਵਾਬ ਦੀ ਉਡੀਕ ਕਰ ਰਹੀ ਹੈ:
       *[other] { $count } ਟਿੱਪਣੀਆਂ ਜਵਾਬ ਦੀ ਉਡੀਕ ਕਰ ਰਹੀਆਂ ਹਨ:
    }
awaiting-line = #{ $idea } ’ਤੇ c{ $id } — { $author }: { $body }
awaiting-none = ਹਰ ਟਿੱਪਣੀ ਦਾ ਜਵਾਬ ਦਿੱਤਾ ਜਾ ਚੁੱਕਾ ਹੈ। ਧੰਨਵਾਦ!
review-merged = ਵਿਚਾਰ #{ $from } ਨੂੰ #{ $into } ਵਿੱਚ ਮਿਲਾ ਦਿੱਤਾ ਗਿਆ ਹੈ, ਜਿਸਦੇ ਹੁਣ { $supporters } ਸਮਰਥਕ ਹਨ।
sprint-created = ਸਪ੍ਰਿੰਟ { $id } “{ $title }” ਖਰੜੇ ਵਜੋਂ ਬਣਾਇਆ ਗਿਆ। /challenge add { $id } ਸਿਰਲੇਖ ਨਾਲ ਚੁਣੌਤੀਆਂ ਜੋੜੋ, ਫਿਰ /stage sprint { $id } open ਨਾਲ ਇਸਨੂੰ ਖੋਲ੍ਹੋ।
challenge-added = ਚੁਣੌਤੀ { $id } “{ $title }” ਜੋੜੀ ਗਈ।
idea-stage-set = ਵਿਚਾਰ #{ $id } ਹੁਣ ਇਸ ਪੜਾਅ ’ਤੇ ਹੈ: { $stage }।
theme-created = ਵਿਸ਼ਾ { $id } “{ $name }” ਬਣਾਇਆ ਗਿਆ। /theme add { $id } IDEA ਨਾਲ ਇਸ ਵਿੱਚ ਵਿਚਾਰ ਜੋੜੋ।
theme-added = ਵਿਚਾਰ #{ $idea } “{ $name }” ਵਿੱਚ ਜੋੜਿਆ ਗਿਆ ({ $count } ਵਿਚਾਰ)।
theme-line = ਵਿਸ਼ਾ { $id }: { $name } — { $count } ਵਿਚਾਰ
no-themes = ਅਜੇ ਕੋਈ ਵਿਸ਼ਾ ਨਹੀਂ ਹੈ। /theme new SPRINT ਨਾਮ ਨਾਲ ਇੱਕ ਬਣਾਓ।
big-idea-created = ਵੱਡਾ ਵਿਚਾਰ { $id } “{ $title }” ਬਣਾਇਆ ਗਿਆ।
big-idea-stage-set = ਵੱਡਾ ਵਿਚਾਰ { $id } ਹੁਣ ਇਸ ਪੜਾਅ ’ਤੇ ਹੈ: { $stage }; ਯੋਗਦਾਨ ਪਾਉਣ ਵਾਲੇ { $people } ਲੋਕਾਂ ਨੂੰ ਦੱਸਿਆ ਜਾਵੇਗਾ।
big-idea-line = ਵੱਡਾ ਵਿਚਾਰ { $id }: { $title } — { $stage }
no-big-ideas = ਅਜੇ ਕੋਈ ਵੱਡਾ ਵਿਚਾਰ ਨਹੀਂ ਹੈ।
member-banned = ਮੈਂਬਰ { $member } ’ਤੇ ਪਾਬੰਦੀ ਲਗਾ ਦਿੱਤੀ ਗਈ ਹੈ: ਉਹ ਪੜ੍ਹ ਸਕਦੇ ਹਨ ਪਰ ਪੋਸਟ ਨਹੀਂ ਕਰ ਸਕਦੇ।
member-unbanned = ਮੈਂਬਰ { $member } ਦੁਬਾਰਾ ਪੋਸਟ ਕਰ ਸਕਦੇ ਹਨ।
member-role-set = { $name } (ਮੈਂਬਰ { $member }) ਦੀ ਭੂਮਿਕਾ ਹੁਣ { $role } ਹੈ।
audit-line = { $at } ਮੈਂਬਰ { $member }: { $target } { $action }
error-internal = ਮਾਫ਼ ਕਰਨਾ, ਸਾਡੇ ਪਾਸੇ ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ। ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਇਹ ਵਾਰ-ਵਾਰ ਹੁੰਦਾ ਹੈ, ਤਾਂ ਹਵਾਲਾ { $reference } ਦੱਸੋ।

## Conversations (core/src/conversation): registering, posting an idea, a comment, a response,
## a reason, /forgetme. Questions select on $style: "buttons" where choices are buttons
## (Telegram), "typed" where they are a numbered list (the console).

conversation-welcome =
    crowdsprint ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ! ਦੇਖਭਾਲ ਨੂੰ ਬਿਹਤਰ ਬਣਾ ਸਕਣ ਵਾਲੇ ਵਿਚਾਰ ਸਾਂਝੇ ਕਰੋ, ਜਿਨ੍ਹਾਂ ਨਾਲ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋ ਉਹਨਾਂ ਦਾ ਸਮਰਥਨ ਕਰੋ, ਅਤੇ ਜਾਣੋ ਕਿ ਉਹਨਾਂ ਦਾ ਕੀ ਬਣਦਾ ਹੈ। ਰਜਿਸਟਰ ਕਰਨ ਵਿੱਚ ਇੱਕ ਮਿੰਟ ਲੱਗਦਾ ਹੈ; { $style ->
        [buttons] ਰੁਕਣ ਲਈ ਕਿਸੇ ਵੀ ਵੇਲੇ ✖ ਰੱਦ ਕਰੋ ਦਬਾਓ।
       *[typed] ਰੁਕਣ ਲਈ ਕਿਸੇ ਵੀ ਵੇਲੇ /cancel ਲਿਖੋ।
    }
conversation-ask-name =
    ਅਸੀਂ ਤੁਹਾਨੂੰ ਕਿਸ ਨਾਮ ਨਾਲ ਬੁਲਾਈਏ? { $style ->
        [buttons] ਕੋਈ ਨਾਮ ਭੇਜੋ, ਜਾਂ “{ $name }” ਵਰਤਣ ਲਈ ਬਟਨ ਦਬਾਓ। ਤੁਸੀਂ ਇੱਥੇ ਆਪਣੀ ਭਾਸ਼ਾ ਵੀ ਚੁਣ ਸਕਦੇ ਹੋ।
       *[typed] ਕੋਈ ਨਾਮ ਲਿਖੋ, ਜਾਂ “{ $name }” ਵਰਤਣ ਲਈ Enter ਦਬਾਓ। ਭਾਸ਼ਾ ਬਦਲਣ ਲਈ ਉਸਦਾ ਨੰਬਰ ਲਿਖੋ।
    }
conversation-ask-name-typed = ਅਸੀਂ ਤੁਹਾਨੂੰ ਕਿਸ ਨਾਮ ਨਾਲ ਬੁਲਾਈਏ? ਉਹ ਨਾਮ ਲਿਖੋ ਜੋ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਦੂਜੇ ਲੋਕ ਦੇਖਣ।
conversation-use-name = ✓ { $name }
conversation-language = { $language }
conversation-ask-describes =
    ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਹੜਾ ਤੁਹਾਡੇ ਬਾਰੇ ਸਭ ਤੋਂ ਢੁਕਵਾਂ ਹੈ?{ $style ->
        [buttons] {""}
       *[typed] {" "}ਕੋਈ ਨੰਬਰ ਲਿਖੋ।
    }
conversation-ask-organisation =
    ਤੁਸੀਂ ਕਿਸ ਸੰਸਥਾ ਨਾਲ ਜੁੜੇ ਹੋ? { $style ->
        [buttons] ਉਸਦਾ ਨਾਮ ਭੇਜੋ, ਜਾਂ ਛੱਡੋ ਦਬਾਓ।
       *[typed] ਉਸਦਾ ਨਾਮ ਲਿਖੋ, ਜਾਂ ਛੱਡਣ ਲਈ Enter ਦਬਾਓ।
    }
conversation-ask-region =
    ਤੁਸੀਂ ਕਿਸ ਖੇਤਰ ਵਿੱਚ ਹੋ? { $style ->
        [buttons] ਖੇਤਰ ਦਾ ਨਾਮ ਭੇਜੋ, ਜਾਂ ਛੱਡੋ ਦਬਾਓ।
       *[typed] ਖੇਤਰ ਦਾ ਨਾਮ ਲਿਖੋ, ਜਾਂ ਛੱਡਣ ਲਈ Enter ਦਬਾਓ।
    }
conversation-ask-consent =
    ਨਿੱਜਤਾ: ਇਹ ਸਪ੍ਰਿੰਟ ਚਲਾਉਣ ਲਈ, ਅਤੇ ਤੁਹਾਨੂੰ ਇਹ ਦੱਸਣ ਲਈ ਕਿ ਵਿਚਾਰਾਂ ਦਾ ਕੀ ਬਣਦਾ ਹੈ, ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ, ਤੁਹਾਡੇ ਬਾਰੇ ਤੁਹਾਡਾ ਚੁਣਿਆ ਵਰਣਨ ਅਤੇ ਜੋ ਕੁਝ ਤੁਸੀਂ ਪੋਸਟ ਕਰਦੇ ਹੋ, ਉਹ ਰੱਖਦੇ ਹਾਂ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ /mydata ਨਾਲ ਆਪਣਾ ਡਾਟਾ ਡਾਊਨਲੋਡ ਕਰ ਸਕਦੇ ਹੋ ਅਤੇ /forgetme ਨਾਲ ਇਸਨੂੰ ਮਿਟਾ ਸਕਦੇ ਹੋ।
    ਕੀ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋ?{ $style ->
        [buttons] {""}
       *[typed] {" "}ਹਾਂ ਜਾਂ ਨਹੀਂ ਲਿਖੋ।
    }
conversation-consent-yes = ✓ ਹਾਂ, ਮੈਂ ਸਹਿਮਤ ਹਾਂ
conversation-consent-no = ਨਹੀਂ, ਧੰਨਵਾਦ
conversation-skip = ਛੱਡੋ
conversation-cancel = ✖ ਰੱਦ ਕਰੋ
conversation-pick-one =
    { $style ->
        [buttons] ਕਿਰਪਾ ਕਰਕੇ ਕੋਈ ਇੱਕ ਬਟਨ ਦਬਾਓ, ਜਾਂ ਰੁਕਣ ਲਈ /cancel ਭੇਜੋ।
       *[typed] ਕਿਰਪਾ ਕਰਕੇ ਦਿਖਾਏ ਗਏ ਨੰਬਰਾਂ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਲਿਖੋ, ਜਾਂ ਰੁਕਣ ਲਈ /cancel ਲਿਖੋ।
    }
conversation-idea-offer =
    ਕੀ ਤੁਸੀਂ ਇਸਨੂੰ ਵਿਚਾਰ ਵਜੋਂ ਪੋਸਟ ਕਰਨਾ ਚਾਹੋਗੇ? { $style ->
        [buttons] ਅੱਗੇ ਵਧਣ ਲਈ ਕੋਈ ਚੁਣੌਤੀ ਦਬਾਓ, ਜਾਂ ✖ ਰੱਦ ਕਰੋ।
       *[typed] ਅੱਗੇ ਵਧਣ ਲਈ ਚੁਣੌਤੀ ਦਾ ਨੰਬਰ ਲਿਖੋ, ਨਹੀਂ ਤਾਂ /cancel ਲਿਖੋ।
    }
conversation-ask-challenge =
    ਤੁਹਾਡਾ ਵਿਚਾਰ ਕਿਸ ਚੁਣੌਤੀ ਲਈ ਹੈ?{ $style ->
        [buttons] {""}
       *[typed] {" "}ਕੋਈ ਨੰਬਰ ਲਿਖੋ।
    }
conversation-challenge = { $title }
conversation-title-suggested =
    ਸਿਰਲੇਖ: “{ $title }”। { $style ->
        [buttons] ਇਸਨੂੰ ਰੱਖਣ ਲਈ ਬਟਨ ਦਬਾਓ, ਜਾਂ ਕੋਈ ਬਿਹਤਰ ਸਿਰਲੇਖ ਭੇਜੋ (120 ਅੱਖਰਾਂ ਤੱਕ)।
       *[typed] ਇਸਨੂੰ ਰੱਖਣ ਲਈ Enter ਦਬਾਓ, ਜਾਂ ਕੋਈ ਬਿਹਤਰ ਸਿਰਲੇਖ ਲਿਖੋ (120 ਅੱਖਰਾਂ ਤੱਕ)।
    }
conversation-keep-title = ✓ ਇਹੀ ਸਿਰਲੇਖ ਰੱਖੋ
conversation-ask-body =
    ਸਾਨੂੰ ਹੋਰ ਦੱਸੋ: ਤੁਸੀਂ ਕੀ ਬਦਲੋਗੇ, ਅਤੇ ਕਿਉਂ? { $style ->
        [buttons] ਇਹ ਭੇਜੋ, ਜਾਂ ਛੱਡੋ ਦਬਾਓ।
       *[typed] ਇਹ ਲਿਖੋ, ਜਾਂ ਛੱਡਣ ਲਈ Enter ਦਬਾਓ।
    }
conversation-ask-kind =
    ਕੀ ਇਹ ਕੋਈ ਵਿਚਾਰ ਹੈ, ਤਜਰਬਾ ਹੈ ਜਾਂ ਚੰਗਾ ਅਭਿਆਸ?{ $style ->
        [buttons] {""}
       *[typed] {" "}ਕੋਈ ਨੰਬਰ ਲਿਖੋ, ਜਾਂ ਵਿਚਾਰ ਲਈ Enter ਦਬਾਓ।
    }
conversation-similar-ask =
    { $style ->
        [buttons] ਇਸਦੀ ਬਜਾਏ ਕਿਸੇ ਵਿਚਾਰ ਦਾ ਸਮਰਥਨ ਕਰਨ ਲਈ ਉਸਨੂੰ ਦਬਾਓ, ਜਾਂ ਫਿਰ ਵੀ ਆਪਣਾ ਵਿਚਾਰ ਪੋਸਟ ਕਰੋ।
       *[typed] ਇਸਦੀ ਬਜਾਏ ਕਿਸੇ ਵਿਚਾਰ ਦਾ ਸਮਰਥਨ ਕਰਨ ਲਈ ਉਸਦਾ ਨੰਬਰ ਲਿਖੋ, ਫਿਰ ਵੀ ਆਪਣਾ ਵਿਚਾਰ ਪੋਸਟ ਕਰਨ ਲਈ “ਪੋਸਟ” ਲਿਖੋ, ਜਾਂ /cancel ਲਿਖੋ।
    }
conversation-support-instead = 👍 #{ $id } { $title }
conversation-post-anyway = ਮੇਰਾ ਵਿਚਾਰ ਫਿਰ ਵੀ ਪੋਸਟ ਕਰੋ
conversation-ask-comment = ਵਿਚਾਰ #{ $id } ’ਤੇ ਆਪਣੀ ਟਿੱਪਣੀ ਭੇਜੋ।
conversation-ask-response = { $target } ਲਈ ਟੀਮ ਦਾ ਜਵਾਬ ਭੇਜੋ। ਇਸਦੇ ਲੇਖਕ ਨੂੰ ਦੱਸਿਆ ਜਾਵੇਗਾ।
conversation-ask-hide-reason = { $target } ਨੂੰ ਕਿਉਂ ਲੁਕਾਉਣਾ ਹੈ? ਇੱਕ ਛੋਟਾ ਜਿਹਾ ਕਾਰਨ ਭੇਜੋ; ਲੇਖਕ ਇਸਨੂੰ ਦੇਖੇਗਾ।
conversation-confirm-forget =
    ਇਸ ਨਾਲ ਤੁਹਾਡਾ ਨਾਮ ਅਤੇ ਖਾਤੇ ਮਿਟ ਜਾਣਗੇ। ਤੁਹਾਡੇ ਵਿਚਾਰ ਅਤੇ ਟਿੱਪਣੀਆਂ ਰਹਿਣਗੀਆਂ, ਅਤੇ “ਇੱਕ ਸਾਬਕਾ ਮੈਂਬਰ” ਵੱਲੋਂ ਦਿਖਾਈਆਂ ਜਾਣਗੀਆਂ। { $style ->
        [buttons] ਕੀ ਤੁਹਾਨੂੰ ਯਕੀਨ ਹੈ?
       *[typed] ਮਿਟਾਉਣ ਲਈ ਹਾਂ ਲਿਖੋ; ਆਪਣਾ ਖਾਤਾ ਰੱਖਣ ਲਈ ਕੁਝ ਵੀ ਹੋਰ ਲਿਖੋ।
    }
conversation-forget-yes = ਹਾਂ, ਮੇਰੇ ਵੇਰਵੇ ਮਿਟਾਓ
update-intro = ਟੀਮ ਵੱਲੋਂ ਇੱਕ ਅੱਪਡੇਟ, “{ $sprint }” ਵਿੱਚ ਹਿੱਸਾ ਲੈ ਰਹੇ ਹਰ ਵਿਅਕਤੀ ਲਈ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਅਖ਼ੀਰ ਵਿੱਚ ਭੇਜਣ ਦਾ ਤਰੀਕਾ ਨਹੀਂ ਚੁਣਦੇ, ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਜਾਵੇਗਾ।
conversation-ask-update-title = ਇਸਦਾ ਸਿਰਲੇਖ ਕੀ ਹੈ? (120 ਅੱਖਰਾਂ ਤੱਕ)
conversation-ask-update-body = ਹੁਣ ਅੱਪਡੇਟ ਦੀ ਲਿਖਤ ਭੇਜੋ (2,000 ਅੱਖਰਾਂ ਤੱਕ)।
conversation-ask-update-link =
    ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ ਕੋਈ ਲਿੰਕ (ਇਹ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ)? { $style ->
        [buttons] ਇਹ ਭੇਜੋ, ਜਾਂ ਛੱਡੋ ਦਬਾਓ।
       *[typed] ਇਹ ਲਿਖੋ, ਜਾਂ ਛੱਡਣ ਲਈ Enter ਦਬਾਓ।
    }
conversation-ask-update-welsh-title =
    ਜਦੋਂ ਤੁਸੀਂ ਵੈਲਸ਼ ਸ਼ਬਦ ਦਿੰਦੇ ਹੋ, ਤਾਂ ਵੈਲਸ਼ ਪਾਠਕਾਂ ਨੂੰ ਉਹੀ ਮਿਲਦੇ ਹਨ। ਵੈਲਸ਼ ਸਿਰਲੇਖ ਕੀ ਹੈ? { $style ->
        [buttons] ਇਹ ਭੇਜੋ, ਜਾਂ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਰੱਖਣ ਲਈ ਛੱਡੋ ਦਬਾਓ।
       *[typed] ਇਹ ਲਿਖੋ, ਜਾਂ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਰੱਖਣ ਲਈ Enter ਦਬਾਓ।
    }
conversation-ask-update-welsh-body = ਅਤੇ ਅੱਪਡੇਟ ਦੀ ਵੈਲਸ਼ ਲਿਖਤ?
conversation-ask-update-when =
    ਇਹ ਇਸ ਤਰ੍ਹਾਂ ਦਿਸੇਗਾ। ਕੀ ਇਸਨੂੰ ਹੁਣੇ “{ $sprint }” ਨੂੰ ਸਬਸਕ੍ਰਾਈਬ ਕਰਨ ਵਾਲੇ ਹਰ ਵਿਅਕਤੀ ਨੂੰ ਭੇਜਣਾ ਹੈ, ਜਾਂ ਰੋਕ ਕੇ ਰੱਖਣਾ ਹੈ ਤਾਂ ਜੋ ਇਹ ਉਹਨਾਂ ਦੇ ਅਗਲੇ ਖ਼ਬਰਸਾਰ ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ ਆਵੇ?{ $style ->
        [buttons] {""}
       *[typed] {" "}ਕੋਈ ਨੰਬਰ ਲਿਖੋ, ਜਾਂ /cancel ਲਿਖੋ।
    }
conversation-update-when =
    { $when ->
        [now] 📣 ਹੁਣੇ ਭੇਜੋ
       *[digest] 🗞 ਅਗਲੇ ਖ਼ਬਰਸਾਰ ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ
    }

## /audit: what each audited action is called ($action is the key, $stored the name kept in the
## log, shown for an action this version does not know).
## In Panjabi the target comes first (audit-line puts { $target } before { $action }), so each
## variant is the verb phrase that follows it, with its postposition.

audit-action =
    { $action ->
        [bigidea-create] ਬਣਾਇਆ
        [bigidea-stage] ਦਾ ਪੜਾਅ ਤੈਅ ਕੀਤਾ
        [challenge-create] ਜੋੜਿਆ
        [comment-respond] ਦਾ ਜਵਾਬ ਦਿੱਤਾ
        [export] ਐਕਸਪੋਰਟ ਕੀਤਾ
        [export-withheld] ਰੋਕੀਆਂ ਚੀਜ਼ਾਂ ਸਮੇਤ ਐਕਸਪੋਰਟ ਕੀਤਾ
        [idea-merge] ਨੂੰ ਮਿਲਾਇਆ
        [idea-stage] ਦਾ ਪੜਾਅ ਤੈਅ ਕੀਤਾ
        [import] ਵਿੱਚ ਇੰਪੋਰਟ ਕੀਤਾ
        [member-ban] ’ਤੇ ਪਾਬੰਦੀ ਲਗਾਈ
        [member-role] ਦੀ ਭੂਮਿਕਾ ਬਦਲੀ
        [member-unban] ਤੋਂ ਪਾਬੰਦੀ ਹਟਾਈ
        [review-approve] ਨੂੰ ਮਨਜ਼ੂਰ ਕੀਤਾ
        [review-hide] ਨੂੰ ਲੁਕਾਇਆ
        [review-restore] ਨੂੰ ਵਾਪਸ ਲਿਆਂਦਾ
        [sprint-create] ਬਣਾਇਆ
        [sprint-stage] ਦਾ ਪੜਾਅ ਤੈਅ ਕੀਤਾ
        [sprint-window] ਦੀਆਂ ਤਾਰੀਖ਼ਾਂ ਬਦਲੀਆਂ
        [sprint-target] ਲਈ ਜਵਾਬ ਦਾ ਟੀਚਾ ਤੈਅ ਕੀਤਾ
        [theme-add] ਨੂੰ ਵਿਸ਼ੇ ਵਿੱਚ ਜੋੜਿਆ:
        [theme-create] ਬਣਾਇਆ
        [web-sign-in] ਵਜੋਂ ਸਟਾਫ਼ ਡੈਸ਼ਬੋਰਡ ਵਿੱਚ ਸਾਈਨ ਇਨ ਕੀਤਾ
        [outcome-set] ਦਾ ਨਤੀਜਾ ਤੈਅ ਕੀਤਾ
        [update-post] ਵਿੱਚ ਟੀਮ ਅੱਪਡੇਟ ਪੋਸਟ ਕੀਤਾ
       *[other] { $stored }
    }

## Laid out on chat surfaces, where counts live on the buttons
idea-stage = ਪੜਾਅ: { $stage }
similar-heading =
    { $count ->
        [one] ਮਿਲਦਾ-ਜੁਲਦਾ ਵਿਚਾਰ:
       *[other] ਮਿਲਦੇ-ਜੁਲਦੇ ਵਿਚਾਰ:
    }
