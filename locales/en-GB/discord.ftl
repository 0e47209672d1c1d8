# The Discord bot's own words: command and option descriptions (at most 100 characters: Discord's
# limit), form titles and labels (at most 45), and the few answers that differ from Telegram's.
# Button labels and most answers are shared with chat.ftl and core.ftl.

## Command descriptions, shown in Discord's command picker

discord-describe-help = See what you can do here
discord-describe-register = Join crowdsprint: a short form, and you can share and back ideas
discord-describe-sprint = See a sprint: its dates, numbers and challenges
discord-describe-sprints = List every sprint and its stage
discord-describe-challenges = See the challenges you can answer
discord-describe-idea = Share an idea, an experience or good practice
discord-describe-ideas = Browse ideas: top, newest, or your own
discord-describe-show = Open one idea with its comments
discord-describe-support = Back an idea
discord-describe-unsupport = Take back your support for an idea
discord-describe-comment = Comment on an idea
discord-describe-reply = Reply to a comment
discord-describe-follow = Hear about new comments and changes on an idea
discord-describe-unfollow = Stop following an idea
discord-describe-mute = Stop all notifications about one idea
discord-describe-unmute = Hear about an idea again
discord-describe-subscribe = Get the digest weekly, daily, or not at all
discord-describe-pause = Pause notifications for some days (or "off" to resume)
discord-describe-timezone = Your time zone for digests and quiet hours (or "off")
discord-describe-language = Choose the language I answer in
discord-describe-link = Link this account to your crowdsprint profile elsewhere
discord-describe-outcomes = What became of ideas: the team's outcomes
discord-describe-claim = Become a co-author of an idea a champion captured for your group
discord-describe-updates = The sprint team's updates, newest first
discord-describe-mydata = Download everything we hold about you
discord-describe-forgetme = Erase your details
discord-describe-mod = Run the sprint: review, respond, moderate, export
discord-describe-mod-review = See what is waiting for review
discord-describe-mod-approve = Approve an idea (12) or a comment (c12)
discord-describe-mod-respond = Respond on behalf of the sprint team
discord-describe-mod-hide = Hide an idea or comment, with a reason
discord-describe-mod-restore = Show a hidden idea or comment again
discord-describe-mod-awaiting = Comments still waiting for a response
discord-describe-mod-stats = A sprint's numbers
discord-describe-mod-outcome = Record what became of an idea or a Big Idea
discord-describe-mod-update = Write to the sprint's people: now, or leading the next digest
discord-describe-mod-web = A link to sign in to the staff dashboard
discord-describe-mod-capture = Capture ideas on a group's behalf; "off" ends the session
discord-describe-mod-merge = Merge one idea into another; its supporters move with it
discord-describe-mod-theme = Themes: "new SPRINT Name | description" or "add THEME IDEA"
discord-describe-mod-bigidea = Big Ideas: "new SPRINT THEMES Title | description" or "stage ID STAGE"
discord-describe-mod-stage = Move a sprint or idea on: "sprint 3 theming" or "idea 12 testing"
discord-describe-mod-sprint = Sprints: "new OPENS CLOSES Title | description" or "window ID OPENS CLOSES"
discord-describe-mod-challenge = Add a challenge: "add SPRINT Title | description"
discord-describe-mod-ban = Stop a member from taking part
discord-describe-mod-unban = Let a member take part again
discord-describe-mod-export = Download a sprint's ideas as CSV or JSON
discord-describe-mod-audit = The latest moderation actions
discord-describe-mod-deliveries = The notification queue and deliveries that failed
discord-describe-mod-announce = Post new ideas in this channel, or another channel or forum ("off" to stop)
discord-describe-mod-role = Give a member a role

## Option descriptions

discord-option-command = A command, to see how to use it
discord-option-describes = What best describes you
discord-option-sprint = Sprint number
discord-option-challenge = The challenge your idea answers
discord-option-kind = Idea, experience or good practice
discord-option-list = Which ideas
discord-option-page = Page number
discord-option-idea = Idea number
discord-option-comment = Comment number
discord-option-text = What you want to say
discord-option-frequency = How often
discord-option-days = Number of days, or off
discord-option-zone = A time zone such as Europe/London, or off
discord-option-language = Language
discord-option-code = The code /link gave you elsewhere
discord-option-claim_code = The claim code the champion gave your group
discord-option-session = The session's name (a huddle, a ward round), or "off" to end it
discord-option-target = An idea (12) or a comment (c12)
discord-option-reason = Why: the author is told
discord-option-details = The rest of the command
discord-option-into = The idea it is merged into
discord-option-member = Member number
discord-option-format = File format
discord-option-role = The new role
discord-option-of = An idea (12) or a Big Idea (b3)
discord-option-outcome = What became of it
discord-option-when = Now, to every subscriber, or in the next digest
discord-option-table = The ideas (the default), the team's updates, or the response times
discord-option-note = A public note: why, if it is not taken forward

## Forms

discord-form-register = Join crowdsprint
discord-form-name = Your name, as others will see it
discord-form-organisation = Organisation (optional)
discord-form-region = Region (optional)
discord-form-idea = Share your idea
discord-form-idea-title = Title
discord-form-idea-body = Tell us more: what would you change, and why?
discord-form-comment = Comment
discord-form-respond = Respond for the sprint team
discord-form-hide = Hide
discord-form-reason = Reason (the author is told)
discord-form-text = Your words
discord-form-update =
    { $when ->
        [now] Team update: sent now
       *[digest] Team update: in the next digest
    }
discord-form-update-title = Title
discord-form-update-body = The update
discord-form-update-link = A link for more (optional, https://…)
discord-form-update-welsh-title = Welsh title (optional)
discord-form-update-welsh-body = Welsh text (with a Welsh title)
discord-update-welsh-both = Give the Welsh title and the Welsh text together, or neither: nothing was sent.

## Cards and answers

discord-field-challenge = Challenge
discord-field-kind = Kind
discord-field-stage = Stage
discord-field-themes = Themes
discord-comment-by = c{ $id } · { $author }
discord-response-by = ⭐ c{ $id } · { $author } (sprint team)
discord-no-comments = No comments yet. Press 💬 Comment to add the first one.
discord-no-similar = No similar ideas so far.
discord-help-staff = For the sprint team:
discord-reg-intro = Welcome to crowdsprint! Share ideas that could improve care, back the ones you agree with, and hear what becomes of them.
discord-registered = Welcome, { $name }! Use /idea to share an idea, /ideas to see what others said, or /help for everything.
discord-use-register = On Discord, use /register to join and /idea to share an idea.
discord-button-forget = Erase my details
discord-export-ready = { $rows } rows, attached.
discord-unsupported = Sorry, I can't handle that here yet.
discord-not-registered = You need to join first — it only takes a few seconds. Use /register to begin.

## Messages in server channels (gateway mode)
discord-offer-idea = 💡 Would you like to post this as an idea, so others can support it and the sprint team can respond?
discord-offer-button = Post as idea
discord-offer-pick = Which challenge is it for?
discord-offer-not-yours = Only the person who wrote that message can post it as an idea.
discord-forum-comment-held = your comment looks like it contains personal details (such as an NHS number), so it has been taken down until a moderator checks it. Please post it again without them.
discord-option-channel = The channel or forum to post new ideas in (this channel if left out)
