# Pamoja's interface text, English (complete). Each other language's file has the same
# message names; a message it lacks is shown in English.
# Numbers and dates are written by code (src/i18n.rs) and passed in already formatted.

## Layout

app-name = Pamoja
nav-home = Home
nav-registry = Registry
nav-imports = Imports
nav-audit = Changes
nav-calendar = Calendar
nav-password = Password
sign-out = Sign out
language = Language
language-choose = Change
skip-to-content = Skip to content

## Formats: a share, a date ({ $month } is one of the month names below)

percent = { $value }%
date = { $day } { $month } { $year }
period = { $from } to { $to }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## Signing in, and the password

sign-in-title = Sign in
username = Username
password = Password
sign-in-button = Sign in
sign-in-wrong = That username and password do not match. Check them and try again.
sign-in-wait = Too many failed attempts. Wait { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
    }, then try again.
password-title = Change your password
password-done = Your password is changed. Your other sessions were signed out and your API tokens revoked.
password-current = Current password
password-new = New password (at least 12 characters)
password-repeat = New password again
password-button = Change password
password-wrong-current = Your current password is not right.
password-too-short = The new password needs at least 12 characters.
password-not-same = The two new passwords are not the same.
password-not-new = Choose a new password, not the one you have now.
password-first = You were given this password by someone else. Choose your own now: the password you were given is the current one.
account-link = Sign-in and password
account-title = Sign-in of { $name }
account-signs-in-as = Signs in as { $username }.
account-none = Has no sign-in yet.
account-username = Username
account-create = Make the sign-in
account-reset-explain = A new password is made and shown once. Their other sessions end and their API tokens stop working.
account-reset = Reset the password
account-handed = The password below is shown only this once.
account-handed-note = Give it to { $name } in person or by phone, not in a group. They choose their own at their first sign-in.
account-back = Back to this person
why-account-yourself = Your own password is changed on your account page.
why-account-outside = This person works outside the places where you change the registry.
why-account-no-grant = None of your posts gives sign-ins where this person works.
why-account-post = This person holds a post as { $role }, which you may not grant: someone above you makes or resets their sign-in.

## Messages

home-link = Home
expired-title = This form has expired
expired-text = Go back, reload the page, and send the form again.
failure-title = Something went wrong
failure-text = Please try again in a moment. If it keeps happening, tell your system administrator.
place-forbidden-title = Not yours to see
place-forbidden-text = This place is outside what your posts cover. Ask your district office if you need it.
place-missing-title = No such place
place-missing-text = Check the address, or start again from your home page.
record-forbidden-title = Not yours to see
record-forbidden-text = This is outside what your posts cover. Ask your head teacher or district office if you need it.
record-missing-title = Not found
record-missing-text = It may have been removed, or the address is wrong. Start again from your home page.
page-missing-title = No such page
page-missing-text = The address may be mistyped, or the page has moved.

## Home

welcome = Welcome, { $name }
todo = To do
nothing-waits = Nothing waits for you.
reports-to-acknowledge = Reports to acknowledge ({ $shown })
points-to-follow = Action points to follow up ({ $shown })
study-open = Open the study's report
study-title = The study's report
study-none = No teacher in the schools you can see has answered this round yet: { $round }.
study-round = Survey round
study-show = Show the report
round-baseline = Baseline
round-midline = Midline
round-endline = Endline
overdue = overdue
points-see-all = See all action points to follow up
points-search = Words of the action or its owner's name
points-school = School code
points-overdue-only = Only those past their due date
points-filter = Show
points-of-cop = Only the action points of { $cop }.
points-every-cop = Every CoP's
points-none = No open action point matches.
showing-of = Showing { $first }–{ $last } of { $total }
pages = Pages
page-previous = Previous page
page-next = Next page
col-held-on = Held on
col-cop = CoP
col-facilitator = Facilitator
col-present = Present
col-due = Due
col-action = Action
col-owner = Owner
col-place = Place
col-rank = Rank
present-of = { $present } of { $expected }
your-cops = Your CoPs this term
this-term = This term: { $period }
between-terms = Between terms. The last term ran { $last }; the next begins on { $next }.
between-terms-no-next = Between terms. The last term ran { $last }; no next term is set up yet.
col-held-planned = Held of planned
col-next = Next planned
col-turn = Whose turn
held-of-planned = { $held } of { $planned }
none-planned = none planned
record-meeting = Record a meeting
turn-chair = chair: { $name }
ranked-title = Places under { $place }, ranked on meetings held
bright-spots = Bright spots
laggards = Need support

## KPIs

kpi-table-indicator = Indicator
kpi-table-of = Count
kpi-table-out-of = Total
kpi-table-share = Share
under-place = Under { $place }
trend-title = Meetings held of those planned, term by term
breadcrumb = Where this is
dashboard-more = Another period, the places ranked by another indicator, or a print view
period-problem = That period could not be shown ({ $problem }); this term is shown instead.
period-year = School year
period-term-choice = Term
period-whole-year = The whole year
period-unreadable-title = This period cannot be read
period-term = Term { $n }
period-dates = Or choose dates
period-from = From
period-to = To
rank-by = Rank the places below by
period-show = Show
print-view = Print view
kpi-table-change = Change (points)
change-since = Change in percentage points from the period before ({ $period }).
lowest = lowest
status-remote = { $status } (remotely)
trend-none = No term has meetings planned yet.
kpi-meetings-held = Meetings held of those planned
kpi-cops-on-frequency = CoPs meeting their planned frequency
kpi-attendance-rate = Teacher attendance rate
kpi-teachers-at-90 = Teachers attending at least 90% of their CoP's meetings
kpi-reports-acknowledged = Meeting reports acknowledged by the head teacher
kpi-action-points-closed = Action points followed up and closed
kpi-modality-mix = How meetings were held
kpi-format-mix = How the discussion was organised
kpi-teacher-decisions = Teachers taking part in decisions
kpi-facilitators = Who facilitates
kpi-maturity = CoPs by maturity stage
kpi-with-part = { $kpi }: { $part }

## Vocabularies

modality-in-person = In person
modality-whatsapp = WhatsApp
modality-phone = Phone
modality-hybrid = Hybrid
format-whole-group = Whole group
format-small-groups = Small groups
format-lesson-modelling = Lesson modelling
format-mock-lesson = Mock lesson
format-practical-workshop = Practical workshop
format-instructional-material = Making teaching material
role-chair = Chair
role-note-taker = Note-taker
role-timekeeper = Timekeeper
role-presenter = Presenter
role-reporter = Reporter
decider-teachers = Teachers
decider-subject-leader = Subject leader
decider-head-teacher = Head teacher
decider-coach = Coach
decider-slf = SLF
decider-lll = Local leader of learning
decider-nll = National leader of learning
decider-sei = Sector education inspector
decider-deo = District education officer
aspect-agenda = The agenda
aspect-topics = The topics
aspect-duration = How long
aspect-organisation = How it was organised
topic-learner-needs = Learners' needs
topic-inclusion = Inclusion
topic-struggling-learners = Struggling learners
topic-girls-return = Girls returning to school
topic-wellbeing = Wellbeing
topic-remediation = Remediation
topic-covid-measures = COVID-19 measures
topic-other = Other
finding-done = Done
finding-in-progress = In progress
finding-not-started = Not started
facilitator-teacher = A teacher
facilitator-subject-leader = Subject leader
facilitator-head-teacher = Head teacher
facilitator-coach = Coach
facilitator-slf = SLF
facilitator-lll = Local leader of learning
facilitator-nll = National leader of learning
facilitator-other = Someone else
stage-not-yet-meeting = Not yet meeting
stage-directed = Directed
stage-supported = Supported
stage-teacher-led = Teacher-led
post-teacher = Teacher
post-head-teacher = Head teacher
post-deputy-head-teacher = Deputy head teacher
post-subject-leader = School subject leader
post-coach = Instructional coach
post-senior-coach = Senior coach
post-regional-coordinator = Regional coordinator
post-slf = Sector learning facilitator
post-sei = Sector education inspector
post-deo = District education officer
post-lll = Local leader of learning
post-nll = National leader of learning
post-me-officer = M&E officer
post-national-admin = National admin
post-researcher = Researcher
member-role-member = Member
member-role-facilitator = Facilitator
member-role-official = Official
community-cop = CoP of teachers
community-sector-plc = Sector PLC of head teachers
community-district-plc = District PLC of leaders of learning
guest-head-teacher = Head teacher
guest-subject-leader = Subject leader
guest-slf = Sector learning facilitator
guest-coach = Coach
guest-parent = Parent
guest-remedial-teacher = Remedial teacher
guest-sei = Sector education inspector
guest-deo = District education officer
guest-lll = Local leader of learning
guest-nll = National leader of learning
guest-other = Other
cop-people-saved = Saved: the CoP's people are up to date.
cop-people-problem = Nothing was changed: { $problem }
cop-member-leaves = Leaves today
cop-add-member = Add a member
cop-person = Person
cop-add-member-button = Add to the CoP
cop-guests = Registered guests
cop-guests-hint = People invited to its meetings who are not members: they are offered on the meeting form and are not counted among those expected.
cop-guest-role = Comes as
cop-guest-remove = Remove
cop-add-guest = Add a registered guest
cop-guest-code = The guest's staff code
cop-add-guest-button = Add the guest
field-guests-present = Registered guests who came

## A CoP

cop-members-count = { $n ->
    [one] { $shown } member
   *[other] { $shown } members
}
cop-at = At { $place }
cop-members = Members
cop-schedule = This term's meetings
cop-planned = Planned
cop-held = Held
cop-rotation = Roles: whose turn next
cop-rotation-evenness = Rotation evenness
col-role = Role
col-next-turn = Next turn
col-held-by = Held so far by
cop-maturity = Maturity: { $stage }
cop-maturity-evidence = Evidence this term
cop-evidence-teachers-decide = Meetings where teachers took part in deciding the agenda
cop-evidence-rotation = Role rotation evenness
cop-evidence-teachers-facilitate = Meetings facilitated by teachers
cop-evidence-held = Planned meetings held
cop-teacher-led-takes = Needed to be teacher-led
cop-recent = Meetings this term, newest first
col-name = Name
col-joined = Joined
col-member-role = Role

## Recording a meeting

meeting-new-title = Record a meeting of { $cop }
meeting-problems = The meeting was not saved. Please correct what is marked below.
field-held-on = Date held
field-modality = How it was held
field-venue = Where (optional)
field-duration = Minutes (optional)
field-facilitator = Facilitator
field-attendance = Who came
field-attendance-hint = Tick everyone present. Members not ticked are recorded absent.
field-agenda = What was on the agenda
field-activity = Toolkit activity
field-activity-none = (none)
field-challenge = Or a challenge the teachers raised
field-formats = How the discussion was organised
field-roles = Roles
field-role-nobody = (nobody)
field-decided = Who decided the agenda
field-topics = What was discussed
field-summary = Summary (optional)
field-action-point = Action point (optional)
field-action-description = What is to be done
field-action-owner = Who does it
field-action-due = Due by
field-choose = Choose…
meeting-save = Save the meeting
meeting-saved = The meeting is saved. Its report has gone to the head teacher.
meeting-edit-title = Correct a meeting of { $cop }
meeting-save-edit = Save the correction
meeting-edit-keeps = Registered guests, guests by number and decisions on other aspects stay as they were recorded.
meeting-correct = Correct this meeting
meeting-corrected = Your correction is saved, and the figures follow it.
field-remote = Who joined from elsewhere
field-remote-hint = Tick those who took part by phone, WhatsApp or online rather than in the room.

## A meeting's report

meeting-title = { $cop }, { $date }
meeting-facts = { $modality }; facilitated by { $facilitator }; { $present } present
meeting-attendance = Attendance
col-status = Status
status-present = Present
status-absent = Absent
status-excused = Excused
meeting-action-points = Action points
meeting-acknowledge = Acknowledge this report
meeting-acknowledged = You have acknowledged this report.
meeting-ack-done = Acknowledged on { $date }
meeting-ack-waiting = Waiting for the head teacher
meeting-report-to = Report to
follow-up = Follow up
col-finding = Finding

## Following up an action point

follow-up-title = Follow up: { $action }
follow-up-owner = Owner: { $owner }; due { $date }
field-visited-on = Date of the classroom visit
field-finding = What the visit found
field-note = Note (optional)
follow-up-save = Save the follow-up
follow-up-not-yours = Only those who record this CoP's meetings record its follow-ups.
follow-up-closed = Followed up on { $date }: { $finding }
follow-up-problems = The follow-up was not saved. Please correct what is marked below.
follow-up-visits = Visits so far
col-visitor = Visited by
col-note = Note
col-due-again = New due date
field-due-again = New due date, if not done
field-due-again-help = An action found not started or in progress stays open until this date, when it is visited again.

## The registry

registry-title = Registry
registry-search = Search by name or code
registry-kind = Show
registry-kind-schools = Schools
registry-kind-people = People
registry-search-button = Search
registry-none = Nothing matches.
registry-more = Showing the first { $shown }. Narrow the search to see others.
col-code = Code
col-unit = Unit
col-phone = Phone
col-edit = Edit
edit = Edit
registry-edit-title = Edit { $name }
field-name = Name
field-phone = Phone (optional)
field-ownership = Ownership
field-locality = Locality
ownership-public = Public
ownership-private = Private
locality-rural = Rural
locality-urban = Urban
save-elsewhere = Another problem in this record
field-email = Email (optional)
save = Save
saved = Saved.
save-problems = Nothing was saved. Please correct what is marked below.

## Imports and exports

imports-title = Imports and exports
import-kind = What the file holds
import-kind-schools = Schools
import-kind-people = People
import-kind-posts = Posts
import-kind-results = Exam results
import-file = File (CSV or XLSX, with the columns of the export)
import-button = Import
import-choose-kind = Choose what the file holds.
import-not-a-table = { $file } is not a .csv or .xlsx file. Save it as CSV or Excel and try again.
import-empty = { $file } is empty.
import-unreadable = The file did not arrive whole ({ $reason }). Try again.
import-reading = Reading { $file }…
import-checking = Checking { $count ->
        [one] { $rows } row
       *[other] { $rows } rows
    } of { $file } against the registry…
import-writing = Writing { $count ->
        [one] { $rows } row
       *[other] { $rows } rows
    } of { $file }…
import-step = Step { $step } of 3: reading the file, checking it against the registry, writing it.
import-done = { $file }: { $inserted } new, { $updated } updated.
import-rejected = { $file } was not imported: the problems below are on { $count ->
        [one] { $lines } line
       *[other] { $lines } lines
    }. Nothing was written. Correct them and import the file again.
import-failed = { $file } was not imported: { $reason }. Nothing was written.
import-refresh = This page refreshes by itself every few seconds until the import is done.
import-refresh-now = Refresh now
import-one-at-a-time = One of your imports is still running. Wait for it to finish, then import this file.
import-busy = The server is busy with other imports. Try again in a minute.
import-another = Import another file
col-line = Line
col-column = Column
col-problem = Problem
exports = Exports
exports-scope = Everything your posts cover, with the columns an import takes.
export-schools = Schools (CSV)
export-people = People (CSV)
export-posts = Posts (CSV)
export-results = Exam results (CSV)
exports-life = CoP life this school year
exports-life-scope = Meetings, attendance and action points of the CoPs you can see, one row each, for Excel or Stata.
exports-period = Download this period's records
export-meetings = Meetings
export-attendance = Attendance
export-action-points = Action points

## The audit trail

audit-title = Changes
audit-intro = Every change within what your posts cover: who made it, when, and what it was before and after.
col-when = When
col-who = Who
col-what = What
col-before = Before
col-after = After
audit-none = No changes yet.
audit-command-line = The command line
audit-meeting-recorded = Meeting recorded
audit-report-acknowledged = Report acknowledged
audit-action-point-followed-up = Action point followed up
audit-school-written = School written
audit-person-written = Person written
audit-post-written = Post written
audit-unit-written = Unit written
audit-cluster-written = Cluster written
audit-cop-renamed = CoP renamed
audit-cop-membership-written = CoP membership written
audit-unit-levels-set = Unit levels set
audit-programme-written = Programme written
audit-academic-year-added = Academic year added
audit-rollout-written = Rollout written
audit-toolkit-written = Toolkit written
audit-survey-round-written = Survey round written
audit-cop-formed = CoP formed
audit-plc-formed = PLC formed
audit-survey-responses-written = Survey responses written
audit-sign-in-created = Sign-in created
audit-api-token-created = API token created
audit-api-token-revoked = API token revoked
audit-password-changed = Password changed
audit-password-reset = Password reset
audit-meeting-edited = Meeting corrected
audit-cop-guest-written = CoP guest written
audit-every-kind = Every kind of change
audit-kind = Kind of change
yes = yes
no = no
audit-field-held-on = Held on
audit-field-modality = How it was held
audit-field-present = Present
audit-field-expected = Expected
audit-field-action-points = Action points
audit-field-cop = CoP
audit-field-closed-on = Closed on
audit-field-finding = What the visit found
audit-field-due-on = Due
audit-field-acknowledged-at = Acknowledged
audit-field-schools = Schools
audit-field-name = Name
audit-field-phone = Phone
audit-field-role = Role
audit-field-joined-on = Joined on
audit-field-left-on = Left on
audit-field-person = Person
audit-field-guest-role = Comes as
audit-field-username = Username
audit-field-facilitator = Facilitator
audit-field-duration-minutes = Minutes
audit-field-code = Code
audit-field-starts-on = Starts on
audit-field-ends-on = Ends on
audit-field-school = School
audit-field-unit = Place
audit-field-gender = Gender
audit-field-subjects = Subjects
audit-field-age-band = Age band
audit-field-arm = Study arm
audit-field-birth-year = Year of birth
audit-field-closures = Closures
audit-field-cluster = Cluster
audit-field-continues-remotely = Continues remotely in closures
audit-field-from = From
audit-field-id = Identifier
audit-field-kind = Kind
audit-field-level = Level
audit-field-levels = Levels
audit-field-locality = Locality
audit-field-meetings-per-term = Meetings per term
audit-field-members = Members
audit-field-model = Delivery model
audit-field-ownership = Ownership
audit-field-parent = Above it
audit-field-path = Where it sits
audit-field-phases = Phases
audit-field-programme = Programme
audit-field-qualification = Qualification
audit-field-responses = Responses
audit-field-started-teaching = Started teaching
audit-field-subject = Subject
audit-field-terms = Terms
audit-field-to = To
audit-field-toolkit = Toolkit
audit-field-wave = Wave
audit-field-waves = Waves

## A meeting sent twice

meeting-already-title = This meeting is already saved
meeting-already-text = A meeting of this CoP on this day was saved before; nothing was saved twice.
meeting-already-link = See the saved meeting

## Passwords

password-too-long = The new password can have at most 256 characters.
password-guessable = The new password is too easy to guess (a common password, a pattern, or close to your name). Use a few words that do not go together.

## API tokens

tokens-title = Your API tokens
tokens-intro = Tokens let a program or phone app use Pamoja as you. Revoke one you no longer use, or one that may have been seen by someone else: it stops working at once.
tokens-none = You have no API tokens.
tokens-made = Made
tokens-ends = ends
tokens-works = works
tokens-expired = expired
tokens-revoked = revoked
tokens-revoke = Revoke

## The school calendar

calendar-title = School calendar
calendar-intro = The academic years, their terms and the days schools are closed. This term, the planned meetings and every indicator's period follow from it.
calendar-year = { $label }: { $period }
calendar-term = Term { $number }: { $period }
calendar-closure = { $name }: { $period }
calendar-none = No academic year is set up yet. Add the first one below.
calendar-add = Add an academic year
calendar-problems = The year was not added. Please correct what is marked below.
calendar-label = Name of the year (for example 2026-27)
calendar-starts = First day of the year
calendar-ends = Last day of the year
calendar-term-n = Term { $number }
calendar-closure-n = Closure { $number } (if any)
calendar-closure-name = Why schools close (for example heavy rains)
calendar-from = From
calendar-to = To
calendar-save = Add the year
calendar-added = The year is added. Its terms now decide this term and the planned meetings.
calendar-closure-added = The closure is added; the planned meetings follow it.
calendar-add-closure = Add a closure to { $label }
calendar-closure-save = Add the closure
audit-closure-added = Closure added
audit-school-result-written = School result written
audit-selection-rules-set = Selection rules set
audit-selection-opened = Selection opened
audit-candidate-nominated = Candidate nominated
audit-nomination-assessed = Nomination assessed
audit-selection-decided = Selection decided

# Reasons: why a field, a row or a write is refused (the code gives them as `why("why-…")`).
why-empty = is empty
why-too-long = is { $length } characters long; at most { $max } are allowed
why-control-character = contains the control character { $character }; type it again without it
why-direction-character = contains { $character }, which changes the direction text is shown in; type it again without it
why-code-character = contains { $character }; use letters, digits, '-', '_', '.' or '/'
why-not-one-of = { $value } is not one of: { $allowed }
why-listed-twice = { $value } is listed twice
why-cluster-size = has { $n } schools; a cluster has 2 to 8 (the seeds' clusters have 4-5)
why-not-a-year = { $value } is not a year
why-year-outside = { $year } is outside { $earliest }-{ $latest }
why-subject-slug = { $value } is not a subject code (letters, digits and '-', separated by ';')
why-phone = { $value } is not a phone number (7 to 15 digits)
why-started-young = { $started } is before the person was 15 (born { $born })
why-one-subject = give one subject code, not { $value }
why-passed-over-candidates = { $passed } passed but only { $candidates } sat the exam
why-no-open-seat = no { $role } seat is open at { $unit }: its leader is in post for more than six months yet
why-selection-decided = this selection was decided on { $on }; open a new one for the seat if it is open again
why-not-a-candidate = { $person } is not a head teacher in post where the { $role } seat is
why-not-eligible = { $person } does not meet the selection rules: see the evidence beside their name
why-not-nominated = { $person } has not been nominated in this selection
why-not-visited-interviewed = record the committee's school visit and interview of { $person } before appointing them
why-day-outside = { $day } is outside { $from } to { $to }
why-ends-before-start = { $to } is before the start { $from }
why-not-a-date = { $value } is not a date; write it as YYYY-MM-DD
why-date-years = { $day } is not a year between { $first } and { $last }
why-held-at-unit = this post is held at a unit (a sector, a district, the country), not here
why-held-at-school = this post is held at a school, not here
why-held-at-cluster = this post is held at a cluster of schools, not here
why-post-place-missing = give the unit, school or cluster where the post is held
why-post-place-twice = give only one of unit, school or cluster
why-post-one-subject = a post has one subject
why-post-subject-missing = a subject leader leads one subject; give it
why-post-no-subject = this post has no subject (got { $subject })
why-programme-subjects = name at least one subject, e.g. maths;english
why-outside-range = { $value } is outside { $min }-{ $max }
why-year-ends-first = the year must end after it starts
why-term-outside = term { $n } ({ $from } to { $to }) must lie inside the year, after the term before it
why-closure-outside = closure { $name } ({ $from } to { $to }) must lie inside the year
why-not-whole = { $value } is not a whole number
why-not-a-number = { $value } is not a number
why-minutes-range = { $value } is outside 10-600 minutes
why-agenda-item = give either a toolkit activity or a challenge
why-agenda-empty = list at least one agenda item
why-formats-empty = list at least one discussion format
why-attendance-empty = list who came (at least the facilitator, present)
why-not-present = { $person } is not listed as present
why-guests-twice = { $value } is listed twice; give one count
why-point-description = say what is to be done
why-point-owner = give the person who owns the action point
why-due-before-meeting = { $due } is before the meeting on { $held }
why-unknown-role = { $value } is not a role; the roles are: { $allowed }
why-code-taken = { $code } already exists
why-outside-scope = { $record } is outside your scope
why-twice-in-file = { $record } appears twice in the file
why-username-spaces = give a username without spaces
why-at-most = use at most { $max } characters
why-no-person = no person { $code }
why-username-taken-or-held = { $username } is taken, or the person already has a sign-in
why-token-days = a token lasts 1 to { $max } days, not { $days }
why-account-exists = { $name } already signs in as { $username }; reset their password instead
why-username-taken = { $username } is taken; choose another
why-account-missing = { $name } has no sign-in yet; make one
why-grant-role = you cannot grant { $role }: none of your posts may grant it
why-grant-place = you may grant { $role } only where your own posts let you change the registry
why-grant-yourself = you cannot grant or change your own posts; ask someone above you
why-grant-level = a { $role } post is held below the place of your own post, not at it
why-not-registered = { $code } is not registered
why-answered-elsewhere = { $person } already answered for school { $school }, which is outside your scope
why-response-twice = { $person } appears twice (also response { $n })
why-page-too-far = page { $page } of { $per_page } is past the largest list there can be
why-post-twice = the same post ({ $person } as { $role } at { $place } from { $from }) appears twice in the file
why-no-person-here = no person { $code } in your scope
why-cannot-move = { $code } is in { $place }; moving it elsewhere is not supported
why-not-under = { $code } is not under unit { $unit }
why-in-other-cluster = { $code } is already in cluster { $cluster } of programme { $programme }
why-levels-set = levels are already set; they cannot change once units exist
why-no-parent = { $code } is not registered (a parent must exist or come earlier in the file)
why-wrong-level = { $level } is not the level at this depth; expected { $expected }
why-below-levels = { $level } is below the lowest level { $lowest }
why-model-fixed = the programme already has CoPs; its delivery model cannot change
why-year-taken = year { $year } already exists
why-no-year = no school year { $year }
why-closure-name = say why schools close (heavy rains, elections…)
why-closure-in-year = the closure must lie inside { $year } ({ $from } to { $to })
why-wave = { $code } is in wave { $wave }, but the programme has { $waves } waves
why-left-before-joined = { $left } is before joined_on { $joined }
why-not-programme-subject = { $subject } is not a subject of { $programme } ({ $allowed })
why-give-cluster = { $programme } is cluster-based: give a cluster
why-give-school = { $programme } is school-based: give a school and a subject
why-cop-exists = { $code } already has a { $programme } CoP
why-cop-exists-for = { $code } already has a { $programme } CoP for { $subject }
why-member-not-guest = { $person } is a member of this CoP, not a guest
why-visit-recorded = a visit on { $day } is already recorded, finding: { $finding }
why-visit-not-after = { $day } is not after the last visit, on { $last }
why-point-closed = already followed up and closed on { $closed }
why-visit-future = { $day } is in the future; record the visit once it has happened
why-visit-before-meeting = { $day } is before the meeting on { $held }
why-new-due-date = a point not found done needs a new due date, when it will be visited again
why-due-after-visit = { $due } must come after the visit on { $day }, within a year
why-no-term = year { $year } has no term { $n }
why-not-a-term = { $value } is not a term number
why-between-terms = { $day } is not in a term: it falls between the term that ends on { $ends } and the one that starts on { $starts }
why-before-terms = { $day } is not in a term: the first term set up starts on { $starts }
why-after-terms = { $day } is not in a term: the last term set up ends on { $ends }; a national admin adds the next year on the calendar page
why-no-terms = { $day } is not in a term: no school year is set up yet; a national admin adds one on the calendar page
why-meeting-future = { $day } is in the future; record a meeting once it has been held
why-before-wave = { $day } is before the CoP starts ({ $starts }, its rollout wave)
why-give-guest-role = { $person } is not a member of this CoP; give their guest role
why-no-activity = no activity { $code } in the programme's toolkit
why-owner-absent = { $person } is neither a member nor at the meeting
why-meeting-recorded = a meeting of this CoP on { $day } is already recorded
why-edit-not-yours = only the person who recorded this meeting, or the head teacher of its school, corrects it
why-edit-too-late = recorded more than { $days } days ago: a national M&E officer corrects it now
why-points-followed-up = this meeting's action points have been followed up; they stay as they are, so send them unchanged
why-other-meeting-that-day = another meeting of this CoP is recorded that day
why-visit-that-day = a visit that day is already recorded
why-post-held-from = the same person already holds this post from this date
why-required = is required
why-not-json = the body is not JSON: { $error }
why-as-given = { $text }
why-cop-place = give a school (with a subject) or a cluster
why-membership-ended = { $person } was a member until { $left }; a membership once ended is not reopened
why-already-member = { $person } is already a member
why-not-member = { $person } is not a member
why-not-minutes = { $value } is not a whole number of minutes
why-edit-not-now = this meeting is not yours to correct now
why-out-of-range = { $value } is out of range: give { $min } to { $max }
why-not-this-record = { $given } is not { $record }, the record this address names; leave { $field } out or give the same
why-year-name = give the year a name, such as 2026-27
why-first-term = give at least the first term's dates

# The study's report (crates/analysis): headings, tests, methods and notes. Names of tests
# (Spearman, Cronbach, Mann–Whitney), symbols (ρ, α, χ², U, z, p, n) and footnote numbers stay.
tlt-title = Teachers Learning Together: { $round } analysis
tlt-covers = { $rounds ->
    [one] Round
   *[other] Rounds
} { $codes } ({ $teachers ->
    [one] { $teachers_shown } teacher
   *[other] { $teachers_shown } teachers
} in { $schools ->
    [one] { $schools_shown } school
   *[other] { $schools_shown } schools
}).
tlt-covers-country = { $rounds ->
    [one] Round
   *[other] Rounds
} { $codes } ({ $teachers ->
    [one] { $teachers_shown } teacher
   *[other] { $teachers_shown } teachers
} in { $schools ->
    [one] { $schools_shown } school
   *[other] { $schools_shown } schools
}), country { $country }.
tlt-label-test = Test
tlt-label-method = Method
tlt-label-missing = Missing data
tlt-model-cluster = Cluster-based CoPs (Kenya)
tlt-model-school = School-based CoPs (Rwanda)
tlt-too-few = too few rows: { $what } needs at least { $need } complete rows, and { $have } remain after dropping missing values
tlt-constant = column '{ $column }' is constant (every value is { $value }), so { $what } is not defined
tlt-undefined = { $what }: { $detail }
tlt-round-baseline = baseline
tlt-round-midline = midline
tlt-round-endline = endline
tlt-failed = { $detail }
tlt-table-8-directive-name = directive head teacher
tlt-table-8-distributed-name = distributed head teacher
tlt-table-9-directive-name = directive SSL
tlt-table-9-distributed-name = distributed SSL
tlt-what-cronbach-s-alpha-items = Cronbach's alpha (items)
tlt-what-cronbach-s-alpha = Cronbach's alpha
tlt-what-a-correlation = a correlation
tlt-what-a-spearman-p-value = a Spearman p-value
tlt-what-a-correlation-matrix = a correlation matrix
tlt-what-each-sample-of-a-mann-whitney-test = each sample of a Mann-Whitney test
tlt-what-a-mann-whitney-test = a Mann-Whitney test
tlt-what-a-pca = a PCA
tlt-what-a-pca-items = a PCA (items)
tlt-what-its-correlation-with-the-other-items = its correlation with the other items
tlt-what-terciles = terciles
tlt-what-a-chi-square-test = a chi-square test
tlt-what-a-difference-in-differences = a difference-in-differences
tlt-what-a-difference-in-differences-periods = a difference-in-differences (periods)
tlt-what-a-regression = a regression
tlt-what-this-regression-more-rows-than-parameters = this regression (more rows than parameters)
tlt-what-cluster-robust-standard-errors = cluster-robust standard errors
tlt-not-computed = Not computed: { $why }
tlt-no-answers = no answers
tlt-listwise = Listwise: a respondent missing any item of an index, or either variable of a test, is left out
tlt-listwise-end = .
tlt-listwise-complete = ; n is the number of complete respondents.
tlt-listwise-school = ; a school counts when at least one of its teachers has both.
tlt-listwise-changed = ; teachers whose score did not change are left out.
tlt-listwise-panel = ; only teachers surveyed in both rounds.
tlt-col-model = Model
tlt-col-index = Index
tlt-col-ci-low = 95% CI low
tlt-col-ci-high = 95% CI high
tlt-col-schools = schools in sample
tlt-col-improved-kept = Improved, kept WhatsApp
tlt-col-improved-not = Improved, did not
tlt-col-df = df
tlt-col-cramer = Cramér's V
tlt-col-n1 = N1 (improved)
tlt-col-n2 = N2 (reduced)
tlt-col-p-method = p method
tlt-col-term = Term
tlt-col-estimate = Estimate
tlt-col-std-error = Std. error
tlt-descriptive = Descriptive: percentages
tlt-profile-method = Percentage of teachers answering the item who chose each option (several may be chosen).
tlt-profile-missing = Teachers who left the item unanswered are left out of its percentages.
tlt-table-3-title = Table 3: who leads and who facilitates CoP meetings
tlt-table-4-title = Table 4: how the discussion is organised
tlt-table-5-title = Table 5: teacher participation in deciding how CoP meetings run
tlt-table-5-method = Percentage of teachers answering 'yes': teachers take part in deciding this aspect of the meetings.
tlt-alpha-title = Reliability of each index (Cronbach's α)
tlt-alpha-test = Cronbach's α with Feldt's 95% confidence interval (as pingouin)
tlt-alpha-method = Items scored 1–5 (TSES 1–9); reverse-coded items flipped before scoring.
tlt-alpha-facilitation = Facilitation (5 items, footnote 22)
tlt-alpha-impact = CoP impact (10 items, footnote 23)
tlt-alpha-ht = Head-teacher engagement (2 items)
tlt-alpha-ssl = Subject-leader engagement (2 items)
tlt-alpha-tses = TSES (12 items)
tlt-alpha-kap = KAP self-ratings (12 items, 1 reverse-coded)
tlt-t6-title = Table 6: perceived CoP impact and facilitation
tlt-t6-test = Spearman's rank correlation, two-sided (footnote 24: the CoP tool's data are ordinal)
tlt-t6-method = Facilitation index from the 5 items of footnote 22, CoP-impact index from the 10 items of footnote 23; each both as the simple average and as the first principal component of the items' correlation matrix (footnote 21).
tlt-t6-average = simple average
tlt-t6-pca = PCA, first component
tlt-t6-facilitation = facilitation index
tlt-t6-impact = CoP impact index
tlt-t6-facilitation-pca = facilitation (PCA)
tlt-t6-impact-pca = CoP impact (PCA)
tlt-t6-explained = { $model }: the first component explains { $facilitation }% of the facilitation items' variance and { $impact }% of the impact items'.
tlt-rounding = Averages and school means are rounded to 9 decimals, round(x × 10⁹) / 10⁹, as they are made, so that equal means are equal numbers and tie in the ranks (PCA scores aside).
tlt-spearman = Spearman's rank correlation, two-sided
tlt-impact = CoP impact
tlt-impact-school = CoP impact (school mean)
tlt-school-method = { $index }: the simple average of its items; CoP impact: the simple average of the 10 impact items. Teacher scores are averaged by school (footnote 25), so n counts schools.
tlt-table-7-title = Table 7: head-teacher engagement and CoP impact, by school
tlt-table-7-label = Head-teacher engagement
tlt-table-10-title = Table 10: satisfaction with the instructional coach and CoP impact, by school
tlt-table-10-label = Satisfaction with the coach
tlt-t8-9-title = Tables 8–9: leadership style and CoP performance
tlt-tiers-method = CoP performance tiers: terciles (linear interpolation, numpy's type 7) of each school's mean CoP-impact score across { $schools } schools: low ≤ { $q1 } < medium ≤ { $q2 } < high. Leadership style from the teacher's report: directive when the leader's participation and feedback average ≥ 4 (often/always), distributed when ≤ 2 (rarely/never). Each cell correlates two 0/1 indicators over teachers.
tlt-tiers-test = Spearman's rank correlation, two-sided (footnote 26)
tlt-tier-high = High performing CoPs
tlt-tier-low = Low performing CoPs
tlt-table-8-title = Table 8: head-teacher leadership style and CoP performance
tlt-table-8-directive = Directive head teacher
tlt-table-8-distributed = Distributed head teacher
tlt-table-9-title = Table 9: subject-leader leadership style and CoP performance
tlt-table-9-directive = Directive SSL
tlt-table-9-distributed = Distributed SSL
tlt-endline-title = Endline tests
tlt-endline-method = The closure tests (WhatsApp, prior CoP experience), the treatment-control regression and the wave difference-in-differences need a baseline and an endline round of the same programme.
tlt-endline-none = No endline round yet.
tlt-quality = teaching quality
tlt-improved = improved
tlt-reduced = reduced
tlt-school = school
tlt-teacher = teacher
tlt-whatsapp-kept = WhatsApp during the closures
tlt-whatsapp-title = WhatsApp use during the closures and change in teaching quality
tlt-whatsapp-test = Chi-square test of independence, Yates' correction for the 2×2 table (as scipy), with Cramér's V
tlt-whatsapp-method = Rows: kept using the CoP WhatsApp group during the school closures (endline). Columns: teaching quality improved or reduced between baseline and endline (TEACH score).
tlt-prior-title = Pre-closure CoP experience as help for learner recovery, by change in teaching quality
tlt-prior-test = Mann–Whitney U, two-sided (scipy's method auto: exact when a group has ≤ 8 values and no ties; else normal with tie and continuity corrections)
tlt-prior-method = Agreement (1–5) that the teacher's pre-closure CoP experience helped support learner recovery (endline), in teachers whose teaching quality improved (N1) vs reduced (N2). U is min(U1, U2) and z SPSS's (no continuity correction), as the seed reports them.
tlt-p-exact = exact
tlt-p-asymptotic = asymptotic
tlt-term-treatment-endline = treatment × endline
tlt-term-endline = endline
tlt-term-female = female
tlt-term-experience = experience (years)
tlt-term-degree = degree
tlt-regression-title = Treatment vs control: teaching quality ({ $model })
tlt-regression-test = OLS with school fixed effects (absorbed) and cluster-robust standard errors by school (CR1, as statsmodels)
tlt-regression-method = TEACH score (0–5) at baseline and endline, pooled. 'treatment × endline' is the effect of the programme; the school effects absorb the arm itself. Controls: gender, years of experience, a degree.
tlt-regression-note = N = { $n } teacher-rounds, K = { $k } (with { $effects } school effects), { $clusters } clusters; p from t({ $dof }).
tlt-regression-dropped = { " " }Dropped as collinear: { $terms }.
tlt-did-title = Waves: difference-in-differences in teaching quality ({ $model })
tlt-did-test = Two-way fixed effects (teacher and round), cluster-robust standard errors by teacher (CR1), p from t(G − 1)
tlt-did-method = TEACH score (0–5). A teacher is treated from the first round on or after their school's wave started; the event study estimates the effect by rounds since then, the round before being the reference.
tlt-did-treated = treated (wave started)
tlt-did-event = event study: { $rounds } round(s) since the wave started
tlt-did-note = N = { $n } teacher-rounds, { $teachers } teachers, { $rounds } rounds.
tlt-did-caveat = Caveat: With staggered waves, the two-way fixed-effects estimate averages every comparison in the data, including already-treated units used as controls for later waves; if effects change with time since adoption it can be biased (Goodman-Bacon 2021). Read it with the event study.
tlt-did-no-event = The event study is not reported: { $terms } would be explained by the teacher and round effects (no teacher is untreated at both rounds), so the rounds since a wave started cannot be told apart from time itself.
why-in-field = { $field }: { $reason }
why-file-kind = { $file }: use a .csv or .xlsx file
why-file-empty = the file is empty; the first line must name the columns
why-file-empty-sheet = the sheet is empty; the first row must name the columns
why-file-unreadable = not readable as { $format }: { $detail }
why-file-too-big = the workbook unpacks to { $size } MB, over the { $limit } MB limit; save the sheet as CSV instead
why-file-no-sheet = the workbook has no sheet
why-file-left-of-heading = a value left of the first column heading (column { $column }); move it under a heading
why-file-too-wide = the sheet uses column { $column }, past the { $limit } a Pamoja file may have
why-file-no-column = no column '{ $column }'; the columns are: { $columns }
why-file-not-number = column '{ $column }': '{ $value }' is not a number (leave the cell empty or write NA if it is missing)
why-file-cells-short = the line has { $cells } cells; the header names { $columns }
why-file-cells-long = the line has more cells than the { $columns } columns the header names
why-file-unknown-column = unknown column "{ $column }"; { $kind } files have the columns { $columns }
why-file-repeated-column = column "{ $column }" appears twice
why-file-missing-column = missing column "{ $column }"; { $kind } files have the columns { $columns }
why-survey-no-id = no column { $column }; each row must say which teacher and school answered
why-survey-no-items = no column names an item of { $instrument }; is this the right instrument?
why-survey-empty = { $column } is empty
why-survey-answered = teacher { $teacher } already answered on line { $line }
why-survey-option = '{ $value }' is not 0 or 1: a column per option holds 1 when the option was chosen, 0 or nothing when it was not

# Words of the registry's vocabulary shown where a record's values are (the changes page).
gender-female = Female
gender-male = Male
gender-other = Other
model-school-based = School-based
model-cluster-based = Cluster-based
arm-treatment = Treatment
arm-control = Control
subject-english = English
subject-maths = Maths
subject-literacy = Literacy
subject-kinyarwanda = Kinyarwanda
subject-kiswahili = Kiswahili
subject-french = French
subject-science = Science
level-country = Country
level-province = Province
level-district = District
level-sector = Sector
level-county = County
level-sub-county = Sub-county
plc-compare-schools = Schools side by side
plc-compare-sectors = Sectors side by side
plc-compare-note = Pass rates in { $year } and the change since { $before }; the teachers' CoPs this term. What makes the bright spots' results, and what would help those furthest behind?
plc-compare-no-results = No exam results yet. A district office imports them (Imports, then Exam results).
plc-choose-subject = Subject
plc-all-subjects = All subjects
plc-col-school = School
plc-col-sector = Sector
plc-col-pass-rate = Pass rate
plc-col-change = Change
plc-col-attendance = Attendance
plc-bright-spot = bright spot
plc-furthest-behind = furthest behind
change-points = { $value } pts
subject-social-studies = Social studies
