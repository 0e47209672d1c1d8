# The terminal console's words. Command names (/support, /idea, ...) stay in English in every
# language: they are what people type.

## Greetings and registration

console-welcome =
    crowdsprint ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ, { $name }! ਦੇਖਭਾਲ ਨੂੰ ਬਿਹਤਰ ਬਣਾ ਸਕਣ ਵਾਲੇ ਵਿਚਾਰ ਅਤੇ ਤਜਰਬੇ ਸਾਂਝੇ ਕਰੋ, ਜਿਨ੍ਹਾਂ ਨਾਲ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋ ਉਹਨਾਂ ਦਾ ਸਮਰਥਨ ਕਰੋ, ਅਤੇ ਜਾਣੋ ਕਿ ਉਹਨਾਂ ਦਾ ਕੀ ਬਣਦਾ ਹੈ।
    ਰਜਿਸਟਰ ਕਰਨ ਲਈ /start ਲਿਖੋ (ਇੱਕ ਮਿੰਟ ਲੱਗਦਾ ਹੈ), ਜਾਂ ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ ਇਹ ਦੇਖਣ ਲਈ /help ਲਿਖੋ। ਬਾਹਰ ਜਾਣ ਲਈ /quit ਲਿਖੋ।

## Posting an idea

console-idea-posted = ਧੰਨਵਾਦ! ਤੁਹਾਡਾ ਵਿਚਾਰ #{ $id } ਹੈ। ਇਸਨੂੰ ਸਾਂਝਾ ਕਰਨ ਲਈ /show { $id } ਨਾਲ ਖੋਲ੍ਹੋ; ਦੂਜੇ ਲੋਕ /support { $id } ਨਾਲ ਇਸਦਾ ਸਮਰਥਨ ਕਰ ਸਕਦੇ ਹਨ।
console-idea-posted-held =
    ਧੰਨਵਾਦ — ਤੁਹਾਡਾ ਵਿਚਾਰ #{ $id } ਵਜੋਂ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ, ਪਰ ਜਦੋਂ ਤੱਕ ਟੀਮ ਵਿੱਚੋਂ ਕੋਈ ਇਸਦੀ ਜਾਂਚ ਨਹੀਂ ਕਰ ਲੈਂਦਾ, ਅਸੀਂ ਇਸਨੂੰ ਰੋਕ ਕੇ ਰੱਖ ਰਹੇ ਹਾਂ, ਕਿਉਂਕਿ ਇਸ ਵਿੱਚ ਨਿੱਜੀ ਵੇਰਵੇ ਹੋ ਸਕਦੇ ਹਨ ({ $reasons })।
    ਇਸ ਨਾਲ ਮਰੀਜ਼ ਅਤੇ ਸਾਥੀ ਸੁਰੱਖਿਅਤ ਰਹਿੰਦੇ ਹਨ। ਜਿਵੇਂ ਹੀ ਇਹ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋਵੇਗਾ, ਤੁਹਾਨੂੰ ਦੱਸਿਆ ਜਾਵੇਗਾ; ਤੁਸੀਂ ਫਿਰ ਵੀ ਇਸਨੂੰ /show { $id } ਨਾਲ ਦੇਖ ਸਕਦੇ ਹੋ।

## The sprint team

console-exported =
    { $table ->
        [updates] { $path } ਵਿੱਚ ਐਕਸਪੋਰਟ ਕੀਤੇ ਟੀਮ ਅੱਪਡੇਟ: { $count }।
        [responses] { $path } ਵਿੱਚ ਐਕਸਪੋਰਟ ਕੀਤੀਆਂ ਟਿੱਪਣੀਆਂ, ਜੋ ਜਵਾਬ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ ਜਾਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਜਵਾਬ ਮਿਲ ਚੁੱਕਾ ਹੈ: { $count }।
       *[ideas] { $count ->
            [0] { $count } ਵਿਚਾਰ { $path } ਵਿੱਚ ਐਕਸਪੋਰਟ ਕੀਤੇ ਗਏ।
            [one] { $count } ਵਿਚਾਰ { $path } ਵਿੱਚ ਐਕਸਪੋਰਟ ਕੀਤਾ ਗਿਆ।
           *[other] { $count } ਵਿਚਾਰ { $path } ਵਿੱਚ ਐਕਸਪੋਰਟ ਕੀਤੇ ਗਏ।
        }
    }
