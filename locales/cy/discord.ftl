# Geiriau'r bot Discord. Mae disgrifiadau'r gorchmynion yn Saesneg o fwriad: nid oes gan Discord
# Gymraeg ymhlith ei ieithoedd, felly dim ond y disgrifiadau Saesneg y mae'n eu dangos. Mae'r
# atebion, y ffurflenni a'r cardiau yn Gymraeg.
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
discord-describe-mod-announce = Announce new ideas in this channel ("off" to stop)
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
discord-option-target = An idea (12) or a comment (c12)
discord-option-reason = Why: the author is told
discord-option-details = The rest of the command
discord-option-into = The idea it is merged into
discord-option-member = Member number
discord-option-format = File format
discord-option-role = The new role

## Forms

discord-form-register = Ymuno â crowdsprint
discord-form-name = Eich enw, fel y bydd eraill yn ei weld
discord-form-organisation = Sefydliad (dewisol)
discord-form-region = Rhanbarth (dewisol)
discord-form-idea = Rhannwch eich syniad
discord-form-idea-title = Teitl
discord-form-idea-body = Dywedwch fwy: beth fyddech chi'n ei newid, a pham?
discord-form-comment = Sylw
discord-form-respond = Ymateb ar ran tîm y sbrint
discord-form-hide = Cuddio
discord-form-reason = Rheswm (caiff yr awdur wybod)
discord-form-text = Eich geiriau

## Cards and answers

discord-field-challenge = Her
discord-field-kind = Math
discord-field-stage = Cam
discord-field-themes = Themâu
discord-comment-by = c{ $id } · { $author }
discord-response-by = ⭐ c{ $id } · { $author } (tîm y sbrint)
discord-no-comments = Dim sylwadau eto. Pwyswch 💬 Sylw i ychwanegu'r cyntaf.
discord-no-similar = Dim syniadau tebyg hyd yma.
discord-help-staff = I dîm y sbrint:
discord-reg-intro = Croeso i crowdsprint! Rhannwch syniadau a allai wella gofal, cefnogwch y rhai rydych chi'n cytuno â nhw, a chlywed beth sy'n digwydd iddyn nhw.
discord-registered = Croeso, { $name }! Defnyddiwch /idea i rannu syniad, /ideas i weld beth ddywedodd eraill, neu /help am bopeth.
discord-use-register = Ar Discord, defnyddiwch /register i ymuno a /idea i rannu syniad.
discord-button-forget = Dileu fy manylion
discord-export-ready = { $rows } rhes, wedi'u hatodi.
discord-unsupported = Mae'n ddrwg gen i, ni allaf drin hynny yma eto.
discord-not-registered = Mae angen i chi ymuno yn gyntaf — dim ond ychydig eiliadau mae'n ei gymryd. Defnyddiwch /register i ddechrau.

## Negeseuon mewn sianeli gweinydd (modd porth)
discord-offer-idea = 💡 Hoffech chi bostio hwn fel syniad, er mwyn i eraill ei gefnogi ac i dîm y sbrint ymateb?
discord-offer-button = Postio fel syniad
discord-offer-pick = Ar gyfer pa her mae e?
discord-offer-not-yours = Dim ond y person a ysgrifennodd y neges honno all ei phostio fel syniad.
discord-forum-comment-held = mae'n edrych fel bod eich sylw'n cynnwys manylion personol (fel rhif GIG), felly mae wedi'i dynnu i lawr nes bod cymedrolwr yn ei wirio. Postiwch ef eto hebddynt, os gwelwch yn dda.
discord-option-channel = Y sianel neu'r fforwm i bostio syniadau newydd ynddo (y sianel hon os caiff ei adael allan)
