# Amagambo agaragara muri Pamoja, mu Kinyarwanda (byuzuye). Amazina y'ubutumwa ni aya en.ftl;
# ubutumwa butari muri iyi dosiye bugaragara mu Cyongereza.
# Imibare n'amatariki byandikwa na kode (src/i18n.rs), bikaza byamaze gutegurwa.

## Imiterere y'urupapuro

app-name = Pamoja
nav-home = Ahabanza
nav-registry = Ububiko bw'amakuru
nav-imports = Kwinjiza amakuru
nav-audit = Impinduka
nav-calendar = Ingengabihe
nav-password = Ijambo ry'ibanga
sign-out = Sohoka
language = Ururimi
language-choose = Hindura
skip-to-content = Jya ku bikubiyemo

## Imiterere: ijanisha, itariki ({ $month } ni rimwe mu mazina y'amezi ari hepfo)

percent = { $value }%
date = { $day } { $month } { $year }
period = kuva { $from } kugeza { $to }
month-1 = mut.
month-2 = gas.
month-3 = wer.
month-4 = mat.
month-5 = gic.
month-6 = kam.
month-7 = nya.
month-8 = kan.
month-9 = nze.
month-10 = ukw.
month-11 = ugu.
month-12 = uku.

## Kwinjira, n'ijambo ry'ibanga

sign-in-title = Injira
username = Izina ukoresha
password = Ijambo ry'ibanga
sign-in-button = Injira
sign-in-wrong = Izina ukoresha n'ijambo ry'ibanga ntibihuye. Bisuzume, wongere ugerageze.
sign-in-wait = Wagerageje kenshi ntibyakunda. Tegereza { $minutes ->
    [one] umunota umwe
   *[other] iminota { $minutes }
    }, hanyuma wongere ugerageze.
password-title = Hindura ijambo ryawe ry'ibanga
password-done = Ijambo ryawe ry'ibanga ryahinduwe. Wasohowe ahandi hose wari winjiriye, kandi tokeni zawe za API zavanyweho.
password-current = Ijambo ry'ibanga usanganywe
password-new = Ijambo ry'ibanga rishya (nibura inyuguti 12)
password-repeat = Ongera wandike ijambo ry'ibanga rishya
password-button = Hindura ijambo ry'ibanga
password-wrong-current = Ijambo ry'ibanga usanganywe si ryo.
password-too-short = Ijambo ry'ibanga rishya rigomba kugira nibura inyuguti 12.
password-not-same = Amagambo y'ibanga mashya wanditse inshuro ebyiri ntahuye.
password-not-new = Hitamo ijambobanga rishya, ritari iryo usanganywe.
password-first = Iri jambobanga wariherewe n'undi muntu. Hitamo iryawe ubu: iryo wahawe ni ryo ufite ubu.
account-link = Kwinjira n'ijambobanga
account-title = Uburyo bwo kwinjira bwa { $name }
account-signs-in-as = Yinjira nka { $username }.
account-none = Nta buryo bwo kwinjira arabona.
account-username = Izina ukoresha
account-create = Kora uburyo bwo kwinjira
account-reset-explain = Ijambobanga rishya rirakorwa rikerekanwa rimwe gusa. Ibindi bihe yari yinjiyemo birahagarara kandi za tokeni za API ntizikora.
account-reset = Hindura ijambobanga
account-handed = Ijambobanga riri hepfo rigaragazwa iyi nshuro imwe gusa.
account-handed-note = Ribwire { $name } imbonankubone cyangwa kuri telefoni, atari mu itsinda. Azihitiramo irye igihe azinjira bwa mbere.
account-back = Subira kuri uyu muntu
why-account-yourself = Ijambobanga ryawe rihindurirwa ku rupapuro rwa konti yawe.
why-account-outside = Uyu muntu akorera ahatari aho uhindura urutonde rw'abakozi n'amashuri.
why-account-no-grant = Nta mwanya ufite uguha uburenganzira bwo gutanga uburyo bwo kwinjira aho uyu muntu akorera.
why-account-post = Uyu muntu afite umwanya wa { $role } udashobora gutanga: umuntu ukuriye ni we ukora cyangwa uhindura uburyo bwe bwo kwinjira.

## Ubutumwa

home-link = Ahabanza
expired-title = Iyi fomu yarengeje igihe
expired-text = Subira inyuma, ongera ufungure urupapuro, hanyuma wohereze fomu bundi bushya.
failure-title = Hari ikitagenze neza
failure-text = Ongera ugerageze mu kanya. Nibikomeza, bimenyeshe ushinzwe sisitemu.
place-forbidden-title = Ntiwemerewe kureba ibi
place-forbidden-text = Aha hantu ntihari mu ifasi y'imyanya yawe. Niba uhakeneye, baza ibiro by'uburezi by'akarere.
place-missing-title = Aha hantu ntihabaho
place-missing-text = Suzuma aderesi, cyangwa wongere utangirire Ahabanza.
record-forbidden-title = Ntiwemerewe kureba ibi
record-forbidden-text = Ibi ntibiri mu ifasi y'imyanya yawe. Niba ubikeneye, baza umuyobozi w'ishuri ryawe cyangwa ibiro by'uburezi by'akarere.
record-missing-title = Ntibyabonetse
record-missing-text = Bishobora kuba byarakuweho, cyangwa aderesi si yo. Ongera utangirire Ahabanza.
page-missing-title = Uru rupapuro ntirubaho
page-missing-text = Aderesi ishobora kuba yanditse nabi, cyangwa uru rupapuro rwimuwe.

## Ahabanza

welcome = Murakaza neza, { $name }
todo = Ibyo gukora
nothing-waits = Nta kintu kigutegereje.
reports-to-acknowledge = Raporo utaremeza ko wakiriye ({ $shown })
points-to-follow = Ibikorwa byemejwe ugomba gukurikirana ({ $shown })
study-open = Fungura raporo y'ubushakashatsi
study-title = Raporo y'ubushakashatsi
study-none = Nta mwarimu wo mu mashuri ubona urasubiza iki cyiciro: { $round }.
study-round = Icyiciro cy'ubushakashatsi
study-show = Erekana raporo
round-baseline = Ubushakashatsi bw'ibanze
round-midline = Ubushakashatsi bwo hagati
round-endline = Ubushakashatsi busoza
overdue = yarenze igihe
points-see-all = Reba ibikorwa byose byo gukurikirana
points-search = Amagambo y'igikorwa cyangwa izina ry'ukibishinzwe
points-school = Kode y'ishuri
points-overdue-only = Ibyarenze itariki ntarengwa gusa
points-filter = Erekana
points-of-cop = Ibikorwa bya { $cop } gusa.
points-every-cop = Ibya buri tsinda (CoP)
points-none = Nta gikorwa kidafunze gihuye n'ibyo washatse.
showing-of = Herekanywe { $first }–{ $last } muri { $total }
pages = Impapuro
page-previous = Urupapuro rubanziriza
page-next = Urupapuro rukurikira
col-held-on = Itariki yabereyeho
col-cop = Itsinda
col-facilitator = Umworohereza
col-present = Abitabiriye
col-due = Itariki ntarengwa
col-action = Igikorwa
col-owner = Ubishinzwe
col-place = Ahantu
col-rank = Umwanya
present-of = { $present } kuri { $expected }
your-cops = Amatsinda yawe (CoP) muri iki gihembwe
this-term = Iki gihembwe: { $period }
between-terms = Turi hagati y'ibihembwe. Igihembwe giheruka cyari { $last }; igikurikira gitangira ku wa { $next }.
between-terms-no-next = Turi hagati y'ibihembwe. Igihembwe giheruka cyari { $last }; igihembwe gikurikira ntikirateganywa.
col-held-planned = Izabaye / izateganyijwe
col-next = Inama itaha
col-turn = Utahiwe
held-of-planned = { $held } kuri { $planned }
none-planned = nta yateganyijwe
record-meeting = Andika inama
turn-chair = uyobora inama: { $name }
ranked-title = Ahari muri { $place }, hakurikijwe umubare w'inama zabaye
bright-spots = Ahitwaye neza
laggards = Ahakeneye ubufasha

## Ibipimo by'ingenzi (KPI)

kpi-table-indicator = Igipimo
kpi-table-of = Umubare
kpi-table-out-of = Igiteranyo
kpi-table-share = Ijanisha
under-place = Muri { $place }
trend-title = Inama zabaye mu zateganyijwe, igihembwe ku kindi
breadcrumb = Aho biherereye
dashboard-more = Ikindi gihe, ahantu hakurikiranye hakurikijwe ikindi gipimo, cyangwa kopi yo gucapa
period-problem = Icyo gihe ntigishobora kwerekanwa ({ $problem }); hagaragajwe iki gihembwe aho kuba cyo.
period-year = Umwaka w'amashuri
period-term-choice = Igihembwe
period-whole-year = Umwaka wose
period-term = Igihembwe cya { $n }
period-dates = Cyangwa uhitemo amatariki
period-from = Guhera
period-to = Kugeza
rank-by = Shyira ahantu hari munsi ku rutonde hakurikijwe
period-show = Erekana
print-view = Kopi yo gucapa
kpi-table-change = Impinduka (amanota)
change-since = Impinduka mu manota ku ijana ugereranyije n'igihe cyabanje ({ $period }).
lowest = hasi cyane
status-remote = { $status } (ari kure)
trend-none = Nta gihembwe kirateganyirizwamo inama.
kpi-meetings-held = Inama zabaye mu zateganyijwe
kpi-cops-on-frequency = Amatsinda (CoP) ahura inshuro zateganyijwe
kpi-attendance-rate = Igipimo cy'ubwitabire bw'abarimu
kpi-teachers-at-90 = Abarimu bitabira nibura 90% by'inama z'itsinda ryabo
kpi-reports-acknowledged = Raporo z'inama umuyobozi w'ishuri yemeje ko yakiriye
kpi-action-points-closed = Ibikorwa byemejwe byakurikiranywe bigasozwa
kpi-modality-mix = Uburyo inama zabayemo
kpi-format-mix = Uko ibiganiro byateguwe
kpi-teacher-decisions = Abarimu bagira uruhare mu gufata ibyemezo
kpi-facilitators = Uworohereza inama
kpi-maturity = Amatsinda (CoP) hakurikijwe urwego agezeho
kpi-with-part = { $kpi }: { $part }

## Urutonde rw'amagambo

modality-in-person = Imbonankubone
modality-whatsapp = WhatsApp
modality-phone = Telefoni
modality-hybrid = Bivanze (imbonankubone n'iya kure)
format-whole-group = Itsinda ryose
format-small-groups = Amatsinda mato
format-lesson-modelling = Kwerekana uko isomo ryigishwa
format-mock-lesson = Isomo ry'imyitozo
format-practical-workshop = Amahugurwa ngiro
format-instructional-material = Gukora imfashanyigisho
role-chair = Uyobora inama
role-note-taker = Umwanditsi w'inama
role-timekeeper = Ugenzura igihe
role-presenter = Utanga ikiganiro
role-reporter = Utanga raporo
decider-teachers = Abarimu
decider-subject-leader = Umuyobozi w'isomo
decider-head-teacher = Umuyobozi w'ishuri
decider-coach = Umutoza
decider-slf = Umworohereza mu murenge (SLF)
aspect-agenda = Gahunda y'inama
aspect-topics = Ingingo zigwaho
aspect-duration = Igihe inama imara
aspect-organisation = Uko inama itegurwa
topic-learner-needs = Ibyo abanyeshuri bakeneye
topic-inclusion = Uburezi budaheza
topic-struggling-learners = Abanyeshuri bagorwa no kwiga
topic-girls-return = Abakobwa basubira ku ishuri
topic-wellbeing = Imibereho myiza
topic-remediation = Kuziba icyuho mu myigire
topic-covid-measures = Ingamba zo kwirinda COVID-19
topic-other = Ibindi
finding-done = Byakozwe
finding-in-progress = Biri gukorwa
finding-not-started = Ntibiratangira
facilitator-teacher = Umwarimu
facilitator-subject-leader = Umuyobozi w'isomo
facilitator-head-teacher = Umuyobozi w'ishuri
facilitator-coach = Umutoza
facilitator-slf = Umworohereza mu murenge (SLF)
facilitator-other = Undi muntu
stage-not-yet-meeting = Ntiriratangira guhura
stage-directed = Riyoborwa n'abandi
stage-supported = Rifashwa
stage-teacher-led = Riyoborwa n'abarimu
post-teacher = Umwarimu
post-head-teacher = Umuyobozi w'ishuri
post-deputy-head-teacher = Umuyobozi w'ishuri wungirije
post-subject-leader = Umuyobozi w'isomo ku ishuri
post-coach = Umutoza w'abarimu
post-senior-coach = Umutoza mukuru
post-regional-coordinator = Umuhuzabikorwa w'intara
post-slf = Umworohereza w'imyigire mu murenge (SLF)
post-sei = Umugenzuzi w'uburezi mu murenge (SEI)
post-deo = Ushinzwe uburezi mu karere (DEO)
post-lll = Umuyobozi w'imyigire mu murenge (LLL)
post-nll = Umuyobozi w'imyigire ku rwego rw'igihugu (NLL)
post-me-officer = Ushinzwe ikurikiranabikorwa n'isuzuma
post-national-admin = Ushinzwe sisitemu ku rwego rw'igihugu
post-researcher = Umushakashatsi
member-role-member = Umunyamuryango
member-role-facilitator = Umworohereza
guest-head-teacher = Umuyobozi w'ishuri
guest-subject-leader = Umuyobozi w'isomo
guest-slf = Umufasha mu myigire ku murenge
guest-coach = Umutoza
guest-parent = Umubyeyi
guest-remedial-teacher = Umwarimu ufasha abatsinzwe
guest-other = Undi
cop-people-saved = Byabitswe: urutonde rw'abagize itsinda (CoP) ruri ku gihe.
cop-people-problem = Nta cyahindutse: { $problem }
cop-member-leaves = Avuye uyu munsi
cop-add-member = Ongeramo umunyamuryango
cop-person = Umuntu
cop-add-member-button = Mwongere mu itsinda (CoP)
cop-guests = Abashyitsi banditswe
cop-guests-hint = Abantu batumirwa mu nama zaryo batari abanyamuryango: bagaragara ku ifishi y'inama kandi ntibabarwa mu bategerejwe.
cop-guest-role = Aza nka
cop-guest-remove = Kuramo
cop-add-guest = Ongeramo umushyitsi wanditswe
cop-guest-code = Nomero y'akazi y'umushyitsi
cop-add-guest-button = Ongeramo umushyitsi
field-guests-present = Abashyitsi banditswe baje

## Itsinda (CoP)

cop-members-count = { $n ->
    [one] umunyamuryango { $shown }
   *[other] abanyamuryango { $shown }
}
cop-at = Aho rikorera: { $place }
cop-members = Abanyamuryango
cop-schedule = Inama z'iki gihembwe
cop-planned = Iteganyijwe
cop-held = Yabaye
cop-rotation = Inshingano: utahiwe ubutaha
cop-rotation-evenness = Uburinganire bw'isimburana
col-role = Inshingano
col-next-turn = Utahiwe ubutaha
col-held-by = Abamaze kuyihabwa
cop-maturity = Urwego rw'itsinda: { $stage }
cop-maturity-evidence = Ibimenyetso by'iki gihembwe
cop-evidence-teachers-decide = Inama abarimu bagizemo uruhare mu kwemeza gahunda yazo
cop-evidence-rotation = Uburinganire bw'isimburana ku nshingano
cop-evidence-teachers-facilitate = Inama abarimu bayoboyemo ibiganiro
cop-evidence-held = Inama zateganyijwe zabaye
cop-teacher-led-takes = Ibisabwa kugira ngo itsinda riyoborwe n'abarimu
cop-recent = Inama z'iki gihembwe, iza vuba ziri imbere
col-name = Izina
col-joined = Yinjiye
col-member-role = Inshingano

## Kwandika inama

meeting-new-title = Andika inama y'itsinda { $cop }
meeting-problems = Inama ntiyabitswe. Kosora ibyagaragajwe hepfo.
field-held-on = Itariki yabereyeho
field-modality = Uburyo yabayemo
field-venue = Aho yabereye (si ngombwa)
field-duration = Iminota yamaze (si ngombwa)
field-facilitator = Umworohereza
field-attendance = Abitabiriye
field-attendance-hint = Shyira akamenyetso kuri buri wese wari uhari. Abanyamuryango badashyizweho akamenyetso bandikwa ko basibye.
field-agenda = Ibyari kuri gahunda y'inama
field-activity = Igikorwa cyo mu gatabo k'imfashanyigisho
field-activity-none = (nta na kimwe)
field-challenge = Cyangwa ikibazo abarimu bagaragaje
field-formats = Uko ibiganiro byateguwe
field-roles = Inshingano
field-role-nobody = (nta we)
field-decided = Uwemeje gahunda y'inama
field-topics = Ibyaganiriweho
field-summary = Incamake (si ngombwa)
field-action-point = Igikorwa cyemejwe (si ngombwa)
field-action-description = Igikwiye gukorwa
field-action-owner = Ugomba kubikora
field-action-due = Bigomba kuba byakozwe bitarenze
field-choose = Hitamo…
meeting-save = Bika inama
meeting-saved = Inama yabitswe. Raporo yayo yoherejwe ku muyobozi w'ishuri.
meeting-edit-title = Kosora inama ya { $cop }
meeting-save-edit = Bika ikosorwa
meeting-edit-keeps = Abashyitsi banditse, umubare w'abashyitsi n'ibyemezo ku bindi bice bigumaho uko byanditswe.
meeting-correct = Kosora iyi nama
meeting-corrected = Ikosorwa ryawe ryabitswe, kandi imibare irabikurikiza.
field-remote = Abitabiriye bari kure
field-remote-hint = Shyira akamenyetso ku bitabiriye bakoresheje telefoni, WhatsApp cyangwa interineti aho kuba bari mu cyumba.

## Raporo y'inama

meeting-title = { $cop }, { $date }
meeting-facts = { $modality }; ibiganiro byayobowe na { $facilitator }; abitabiriye { $present }
meeting-attendance = Ubwitabire
col-status = Uko yitabiriye
status-present = Yari ahari
status-absent = Yasibye
status-excused = Yasibye afite impamvu
meeting-action-points = Ibikorwa byemejwe
meeting-acknowledge = Emeza ko wakiriye iyi raporo
meeting-acknowledged = Wemeje ko wakiriye iyi raporo.
meeting-ack-done = Yemejwe ku wa { $date }
meeting-ack-waiting = Itegereje umuyobozi w'ishuri
meeting-report-to = Raporo igenewe
follow-up = Kurikirana
col-finding = Icyagaragaye

## Gukurikirana igikorwa cyemejwe

follow-up-title = Gukurikirana: { $action }
follow-up-owner = Ubishinzwe: { $owner }; bitarenze { $date }
field-visited-on = Itariki yo gusura mu cyumba cy'ishuri
field-finding = Ibyagaragaye mu gusura
field-note = Icyo wongeraho (si ngombwa)
follow-up-save = Bika ikurikirana
follow-up-not-yours = Abandika inama z'iri tsinda (CoP) ni bo bonyine bandika ikurikirana ryaryo.
follow-up-closed = Byakurikiranywe ku wa { $date }: { $finding }
follow-up-problems = Ikurikirana ntiryabitswe. Kosora ibyagaragajwe hepfo.
follow-up-visits = Gusura kwabaye
col-visitor = Uwasuye
col-note = Icyitonderwa
col-due-again = Itariki ntarengwa nshya
field-due-again = Itariki ntarengwa nshya, niba bitarakorwa
field-due-again-help = Igikorwa gisanze kitaratangira cyangwa kigikorwa kiguma kidafunze kugeza kuri iyi tariki, kigasurwa ukundi.

## Ububiko bw'amakuru

registry-title = Ububiko bw'amakuru
registry-search = Shakisha ukoresheje izina cyangwa kode
registry-kind = Erekana
registry-kind-schools = Amashuri
registry-kind-people = Abantu
registry-search-button = Shakisha
registry-none = Nta kibonetse.
registry-more = Hagaragajwe ibisubizo { $shown } bya mbere gusa. Shakisha mu buryo burambuye kugira ngo ubone ibindi.
col-code = Kode
col-unit = Ifasi
col-phone = Telefoni
col-edit = Hindura
edit = Hindura
registry-edit-title = Hindura { $name }
field-name = Izina
field-phone = Telefoni (si ngombwa)
field-ownership = Nyir'ishuri
field-locality = Agace
ownership-public = Leta
ownership-private = Abikorera
locality-rural = Icyaro
locality-urban = Umujyi
save-elsewhere = Ibindi bitari byo muri aya makuru
field-email = Imeyili (si ngombwa)
save = Bika
saved = Byabitswe.
save-problems = Nta cyabitswe. Kosora ibyagaragajwe hepfo.

## Kwinjiza no gusohora amakuru

imports-title = Kwinjiza no gusohora amakuru
import-kind = Ibiri muri dosiye
import-kind-schools = Amashuri
import-kind-people = Abantu
import-kind-posts = Imyanya
import-file = Dosiye (CSV cyangwa XLSX, ifite inkingi zimwe n'iz'amakuru yasohowe)
import-button = Injiza
import-choose-kind = Hitamo ibiri muri dosiye.
import-not-a-table = { $file } si dosiye ya .csv cyangwa .xlsx. Yibike nka CSV cyangwa Excel, wongere ugerageze.
import-empty = { $file } nta kintu irimo.
import-unreadable = Dosiye ntiyageze yose ({ $reason }). Ongera ugerageze.
import-reading = Gusoma { $file }…
import-checking = Kugenzura imirongo { $rows } ya { $file } ugereranya n'ububiko bw'amakuru…
import-writing = Kwandika imirongo { $rows } ya { $file }…
import-step = Intambwe ya { $step } muri 3: gusoma dosiye, kuyigenzura ugereranya n'ububiko bw'amakuru, no kuyandika.
import-done = { $file }: ibishya { $inserted }, ibyavuguruwe { $updated }.
import-rejected = { $file } ntiyinjijwe: ibibazo biri hepfo biri ku mirongo { $lines }. Nta cyanditswe. Bikosore, hanyuma wongere winjize dosiye.
import-failed = { $file } ntiyinjijwe: { $reason }. Nta cyanditswe.
import-refresh = Uru rupapuro rwivugurura ubwarwo buri masegonda make, kugeza igihe kwinjiza birangiye.
import-refresh-now = Vugurura ubu
import-one-at-a-time = Hari dosiye yawe ikiri kwinjizwa. Tegereza irangire, hanyuma winjize iyi dosiye.
import-busy = Seriveri ihugiye mu kwinjiza andi makuru. Ongera ugerageze nyuma y'umunota umwe.
import-another = Injiza indi dosiye
col-line = Umurongo
col-column = Inkingi
col-problem = Ikibazo
exports = Gusohora amakuru
exports-scope = Ibintu byose biri mu ifasi y'imyanya yawe, bifite inkingi kwinjiza bisaba.
export-schools = Amashuri (CSV)
export-people = Abantu (CSV)
export-posts = Imyanya (CSV)
exports-life = Ibikorwa by'amatsinda (CoP) muri uyu mwaka w'amashuri
exports-life-scope = Inama, ubwitabire n'ibikorwa byemejwe by'amatsinda (CoP) ubona, umurongo umwe kuri buri kimwe, byo gukoresha muri Excel cyangwa Stata.
exports-period = Kuramo inyandiko z'iki gihe
export-meetings = Inama
export-attendance = Ubwitabire
export-action-points = Ibikorwa byemejwe

## Amateka y'impinduka

audit-title = Impinduka
audit-intro = Buri mpinduka iri mu ifasi y'imyanya yawe: uwayikoze, igihe yakorewe, n'uko byari bimeze mbere na nyuma.
col-when = Igihe
col-who = Uwabikoze
col-what = Icyakozwe
col-before = Mbere
col-after = Nyuma
audit-none = Nta mpinduka irabaho.
audit-command-line = Umurongo w'amabwiriza
audit-meeting-recorded = Inama yanditswe
audit-report-acknowledged = Raporo yemejwe ko yakiriwe
audit-action-point-followed-up = Igikorwa cyemejwe cyakurikiranywe
audit-school-written = Amakuru y'ishuri yanditswe
audit-person-written = Amakuru y'umuntu yanditswe
audit-post-written = Amakuru y'umwanya yanditswe
audit-unit-written = Amakuru y'ifasi yanditswe
audit-cluster-written = Amakuru y'ihuriro ry'amashuri yanditswe
audit-cop-renamed = Itsinda (CoP) ryahinduriwe izina
audit-cop-membership-written = Abanyamuryango b'itsinda banditswe
audit-unit-levels-set = Inzego z'amafasi zashyizweho
audit-programme-written = Amakuru ya gahunda yanditswe
audit-academic-year-added = Umwaka w'amashuri wongeweho
audit-rollout-written = Ikwirakwizwa rya gahunda ryanditswe
audit-toolkit-written = Agatabo k'imfashanyigisho kanditswe
audit-survey-round-written = Icyiciro cy'ubushakashatsi cyanditswe
audit-cop-formed = Itsinda (CoP) ryashyizweho
audit-survey-responses-written = Ibisubizo by'ubushakashatsi byanditswe
audit-sign-in-created = Konti yo kwinjira yakozwe
audit-api-token-created = Tokeni ya API yakozwe
audit-api-token-revoked = Tokeni ya API yavanyweho
audit-password-changed = Ijambo ry'ibanga ryahinduwe
audit-password-reset = Ijambobanga ryahinduwe n'undi
audit-meeting-edited = Inama yakosowe
audit-cop-guest-written = Umushyitsi w'itsinda (CoP) yanditswe
audit-every-kind = Impinduka z'ubwoko bwose
audit-kind = Ubwoko bw'impinduka
yes = yego
no = oya
audit-field-held-on = Yabaye ku wa
audit-field-modality = Uko yakozwe
audit-field-present = Abari bahari
audit-field-expected = Abari bategerejwe
audit-field-action-points = Ibikorwa byemejwe
audit-field-cop = Itsinda (CoP)
audit-field-closed-on = Byasojwe ku wa
audit-field-finding = Ibyagaragaye mu gusura
audit-field-due-on = Itariki ntarengwa
audit-field-acknowledged-at = Byemejwe ko byakiriwe
audit-field-schools = Amashuri
audit-field-name = Izina
audit-field-phone = Telefoni
audit-field-role = Uruhare
audit-field-joined-on = Yinjiye ku wa
audit-field-left-on = Yavuyemo ku wa
audit-field-person = Umuntu
audit-field-guest-role = Aza nka
audit-field-username = Izina ukoresha
audit-field-facilitator = Umuyobozi w'inama
audit-field-duration-minutes = Iminota
audit-field-code = Kode
audit-field-starts-on = Bitangira ku wa
audit-field-ends-on = Birangira ku wa
audit-field-school = Ishuri
audit-field-unit = Aho biherereye
audit-field-gender = Igitsina
audit-field-subjects = Amasomo
audit-field-age-band = Icyiciro cy'imyaka
audit-field-arm = Itsinda ry'ubushakashatsi
audit-field-birth-year = Umwaka w'amavuko
audit-field-closures = Ibihe amashuri afunze
audit-field-cluster = Ihuriro ry'amashuri
audit-field-continues-remotely = Bikomeza hakoreshejwe ikoranabuhanga igihe amashuri afunze
audit-field-from = Guhera
audit-field-id = Ikiranga
audit-field-kind = Ubwoko
audit-field-level = Urwego
audit-field-levels = Inzego
audit-field-locality = Agace
audit-field-meetings-per-term = Inama mu gihembwe
audit-field-members = Abanyamuryango
audit-field-model = Uburyo bwo gushyira mu bikorwa
audit-field-ownership = Nyir'ishuri
audit-field-parent = Urwego ruyikuriye
audit-field-path = Aho biherereye mu nzego
audit-field-phases = Ibyiciro
audit-field-programme = Porogaramu
audit-field-qualification = Impamyabumenyi
audit-field-responses = Ibisubizo
audit-field-started-teaching = Yatangiye kwigisha
audit-field-subject = Isomo
audit-field-terms = Ibihembwe
audit-field-to = Kugeza
audit-field-toolkit = Agasanduku k'imfashanyigisho
audit-field-wave = Icyiciro cyo gutangira
audit-field-waves = Ibyiciro byo gutangira

## Inama yoherejwe kabiri

meeting-already-title = Iyi nama yamaze kubikwa
meeting-already-text = Inama y'iri tsinda kuri uyu munsi yari yarabitswe; nta kintu cyabitswe kabiri.
meeting-already-link = Reba inama yabitswe

## Amagambo y'ibanga

password-too-long = Ijambo ry'ibanga rishya ntirigomba kurenza inyuguti 256.
password-guessable = Ijambo ry'ibanga rishya riroroshye cyane gukekwa (rikoreshwa na benshi, rikurikiranya inyuguti cyangwa imibare, cyangwa risa n'izina ryawe). Koresha amagambo make adafitanye isano.

## Tokeni za API

tokens-title = Tokeni zawe za API
tokens-intro = Tokeni yemerera porogaramu ya mudasobwa cyangwa iya telefoni gukoresha Pamoja mu izina ryawe. Vanaho iyo utagikoresha, cyangwa iyo undi muntu ashobora kuba yarabonye: ihita ireka gukora.
tokens-none = Nta tokeni za API ufite.
tokens-made = Yakozwe
tokens-ends = izarangira
tokens-works = irakora
tokens-expired = yararangiye
tokens-revoked = yavanyweho
tokens-revoke = Vanaho

## Ingengabihe y'amashuri

calendar-title = Ingengabihe y'amashuri
calendar-intro = Imyaka y'amashuri, ibihembwe byayo n'iminsi amashuri afunze. Iki gihembwe, inama ziteganyijwe n'igihe cya buri gipimo bikurikiza iyi ngengabihe.
calendar-year = { $label }: { $period }
calendar-term = Igihembwe cya { $number }: { $period }
calendar-closure = { $name }: { $period }
calendar-none = Nta mwaka w'amashuri urashyirwaho. Ongeraho uwa mbere hano hasi.
calendar-add = Ongeraho umwaka w'amashuri
calendar-problems = Umwaka ntiwongewemo. Kosora ibyagaragajwe hano hasi.
calendar-label = Izina ry'umwaka (urugero 2026-27)
calendar-starts = Umunsi wa mbere w'umwaka
calendar-ends = Umunsi wa nyuma w'umwaka
calendar-term-n = Igihembwe cya { $number }
calendar-closure-n = Ifunga rya { $number } (niba rihari)
calendar-closure-name = Impamvu amashuri afunga (urugero imvura nyinshi)
calendar-from = Kuva
calendar-to = Kugeza
calendar-save = Ongeraho umwaka
calendar-added = Umwaka wongewemo. Ibihembwe byawo ni byo bigena iki gihembwe n'inama ziteganyijwe.
calendar-closure-added = Ifungwa ryongewemo; inama ziteganyijwe zirabikurikiza.
calendar-add-closure = Ongeramo igihe amashuri afunze muri { $label }
calendar-closure-save = Ongeramo igihe amashuri afunze
audit-closure-added = Igihe amashuri afunze cyongewemo

# Reasons: why a field, a row or a write is refused (the code gives them as `why("why-…")`).
why-empty = nta kintu cyanditsemo
why-too-long = ifite inyuguti { $length }; izemewe ntizirenga { $max }
why-control-character = irimo ikimenyetso cy'igenzura { $character }; ongera wandike utagishyizemo
why-direction-character = irimo { $character }, gihindura icyerekezo inyandiko igaragaramo; ongera wandike utagishyizemo
why-code-character = irimo { $character }; koresha inyuguti, imibare, '-', '_', '.' cyangwa '/'
why-not-one-of = { $value } ntiri muri ibi: { $allowed }
why-listed-twice = { $value } yanditswe kabiri
why-cluster-size = rifite amashuri { $n }; ihuriro ry'amashuri rigira amashuri 2 kugeza ku 8 (ay'inyandiko shingiro agira 4-5)
why-not-a-year = { $value } si umwaka
why-year-outside = { $year } ntiri hagati ya { $earliest } na { $latest }
why-subject-slug = { $value } si kode y'isomo (inyuguti, imibare na '-', bitandukanyijwe na ';')
why-phone = { $value } si nimero ya telefoni (imibare 7 kugeza kuri 15)
why-started-young = { $started } ni mbere y'uko uyu muntu agira imyaka 15 (yavutse { $born })
why-ends-before-start = { $to } iri mbere y'itangiriro, { $from }
why-not-a-date = { $value } si itariki; yandike utya: UUUU-KK-II (umwaka-ukwezi-itariki)
why-date-years = { $day } ntiri mu mwaka uri hagati ya { $first } na { $last }
why-held-at-unit = uyu mwanya ubarizwa mu rwego rw'ubutegetsi (umurenge, akarere, igihugu), si hano
why-held-at-school = uyu mwanya ubarizwa ku ishuri, si hano
why-held-at-cluster = uyu mwanya ubarizwa mu ihuriro ry'amashuri, si hano
why-post-place-missing = andika urwego, ishuri cyangwa ihuriro ry'amashuri umwanya ubarizwamo
why-post-place-twice = andika kimwe gusa: urwego, ishuri cyangwa ihuriro ry'amashuri
why-post-one-subject = umwanya ugira isomo rimwe gusa
why-post-subject-missing = umuyobozi w'isomo ayobora isomo rimwe; ryandike
why-post-no-subject = uyu mwanya nta somo ugira (hatanzwe: { $subject })
why-programme-subjects = andika nibura isomo rimwe, urugero maths;english
why-outside-range = { $value } ntiri hagati ya { $min } na { $max }
why-year-ends-first = umwaka ugomba kurangira nyuma yo gutangira
why-term-outside = igihembwe cya { $n } (kuva { $from } kugeza { $to }) kigomba kuba mu mwaka, nyuma y'igihembwe kibanziriza
why-closure-outside = ifungwa { $name } (kuva { $from } kugeza { $to }) rigomba kuba mu mwaka
why-not-whole = { $value } si umubare wuzuye
why-not-a-number = { $value } si umubare
why-minutes-range = { $value } ntiri hagati y'iminota 10 na 600
why-agenda-item = andika igikorwa cyo mu gatabo k'imfashanyigisho cyangwa imbogamizi, kimwe muri byo
why-agenda-empty = andika nibura ingingo imwe ku murongo w'ibyigwa
why-formats-empty = andika nibura uburyo bumwe bwo kuganira
why-attendance-empty = andika abitabiriye (nibura umworohereza, wahibereye)
why-not-present = { $person } ntiyanditswe nk'uwahibereye
why-guests-twice = { $value } yanditswe kabiri; tanga umubare umwe
why-point-description = vuga igikwiye gukorwa
why-point-owner = andika umuntu ushinzwe igikorwa cyemejwe
why-due-before-meeting = { $due } iri mbere y'inama yo ku wa { $held }
why-unknown-role = { $value } si inshingano; inshingano ni izi: { $allowed }
why-code-taken = { $code } isanzweho
why-outside-scope = { $record } ntiri mu bice ushinzwe
why-twice-in-file = { $record } igaragara kabiri muri dosiye
why-username-spaces = tanga izina ukoresha ridafite imyanya
why-at-most = koresha inyuguti zitarenze { $max }
why-no-person = nta muntu { $code }
why-username-taken-or-held = { $username } ryarafashwe, cyangwa uyu muntu asanzwe afite uburyo bwo kwinjira
why-token-days = tokeni imara iminsi 1 kugeza kuri { $max }, si { $days }
why-account-exists = { $name } asanzwe yinjira nka { $username }; ahubwo hindura ijambobanga rye
why-username-taken = { $username } ryarafashwe; hitamo irindi
why-account-missing = { $name } ntarabona uburyo bwo kwinjira; ubumukorere
why-grant-role = ntushobora gutanga umwanya wa { $role }: nta mwanya ufite ubikwemerera
why-grant-place = ushobora gutanga umwanya wa { $role } gusa aho imyanya yawe ikwemerera guhindura ububiko bw'amakuru
why-grant-yourself = ntushobora kwiha cyangwa guhindura imyanya yawe bwite; saba ukuriye
why-grant-level = umwanya wa { $role } ubarizwa munsi y'aho umwanya wawe uri, si aho ngaho
why-not-registered = { $code } ntiyanditswe
why-answered-elsewhere = { $person } yamaze gusubiza ku ishuri { $school }, ritari mu bice ushinzwe
why-response-twice = { $person } agaragara kabiri (no mu gisubizo cya { $n })
why-page-too-far = urupapuro rwa { $page } rw'ibintu { $per_page } rurenze urutonde rurerure rushoboka
why-post-twice = umwanya umwe ({ $person } nka { $role } kuri { $place } guhera { $from }) ugaragara kabiri muri dosiye
why-no-person-here = nta muntu { $code } mu bice ushinzwe
why-cannot-move = { $code } iri muri { $place }; kuyimurira ahandi ntibishoboka
why-not-under = { $code } ntiri munsi y'urwego { $unit }
why-in-other-cluster = { $code } isanzwe iri mu ihuriro ry'amashuri { $cluster } rya gahunda { $programme }
why-levels-set = inzego zamaze gushyirwaho; ntizishobora guhinduka iyo ibice byamaze kwandikwa
why-no-parent = { $code } ntiyanditswe (urwego rukuriye rugomba kubaho cyangwa kuza mbere muri dosiye)
why-wrong-level = { $level } si urwego rukwiye aha; hategerejwe { $expected }
why-below-levels = { $level } iri munsi y'urwego rwo hasi cyane, { $lowest }
why-model-fixed = gahunda isanzwe ifite amatsinda (CoP); uburyo ishyirwa mu bikorwa ntibushobora guhinduka
why-year-taken = umwaka { $year } usanzweho
why-no-year = nta mwaka w'amashuri { $year }
why-closure-name = vuga impamvu amashuri afunga (imvura nyinshi, amatora…)
why-closure-in-year = ifungwa rigomba kuba muri { $year } (kuva { $from } kugeza { $to })
why-wave = { $code } iri mu cyiciro cya { $wave }, ariko gahunda ifite ibyiciro { $waves }
why-left-before-joined = { $left } iri mbere y'itariki yo kwinjira, { $joined }
why-not-programme-subject = { $subject } si isomo rya { $programme } ({ $allowed })
why-give-cluster = { $programme } ikorera mu mahuriro y'amashuri: andika ihuriro ry'amashuri
why-give-school = { $programme } ikorera mu ishuri: andika ishuri n'isomo
why-cop-exists = { $code } isanzwe ifite itsinda (CoP) rya { $programme }
why-cop-exists-for = { $code } isanzwe ifite itsinda (CoP) rya { $programme } ry'isomo { $subject }
why-member-not-guest = { $person } ni umunyamuryango w'iri tsinda, si umushyitsi
why-visit-recorded = uruzinduko rwo ku wa { $day } rwamaze kwandikwa, ibyagaragaye: { $finding }
why-visit-not-after = { $day } ntiri nyuma y'uruzinduko ruheruka, rwo ku wa { $last }
why-point-closed = cyamaze gukurikiranwa no gufungwa ku wa { $closed }
why-visit-future = { $day } ni mu gihe kizaza; andika uruzinduko rumaze kuba
why-visit-before-meeting = { $day } iri mbere y'inama yo ku wa { $held }
why-new-due-date = igikorwa kitarakorwa gikeneye itariki nshya ntarengwa, igihe kizasurwa bundi bushya
why-due-after-visit = { $due } igomba kuza nyuma y'uruzinduko rwo ku wa { $day }, mu gihe kitarenze umwaka
why-no-term = umwaka { $year } nta gihembwe cya { $n } ufite
why-between-terms = { $day } ntiri mu gihembwe: iri hagati y'igihembwe kirangira ku wa { $ends } n'igitangira ku wa { $starts }
why-before-terms = { $day } ntiri mu gihembwe: igihembwe cya mbere cyashyizweho gitangira ku wa { $starts }
why-after-terms = { $day } ntiri mu gihembwe: igihembwe cya nyuma cyashyizweho kirangira ku wa { $ends }; umuyobozi wa sisitemu ku rwego rw'igihugu yongeraho umwaka ukurikira ku rupapuro rwa kalendari
why-no-terms = { $day } ntiri mu gihembwe: nta mwaka w'amashuri urashyirwaho; umuyobozi wa sisitemu ku rwego rw'igihugu awongeraho ku rupapuro rwa kalendari
why-meeting-future = { $day } ni mu gihe kizaza; andika inama imaze kuba
why-before-wave = { $day } iri mbere y'uko itsinda ritangira ({ $starts }, icyiciro cyaryo cyo gutangira)
why-give-guest-role = { $person } si umunyamuryango w'iri tsinda; andika uruhare rwe nk'umushyitsi
why-no-activity = nta gikorwa { $code } kiri mu gatabo k'imfashanyigisho ka gahunda
why-owner-absent = { $person } si umunyamuryango kandi ntiyari mu nama
why-meeting-recorded = inama y'iri tsinda yo ku wa { $day } yamaze kwandikwa
why-edit-not-yours = uwanditse iyi nama wenyine, cyangwa umuyobozi w'ishuri ryayo, ni we uyikosora
why-edit-too-late = yanditswe hashize iminsi irenga { $days }: ubu ushinzwe ikurikiranabikorwa n'isuzuma ku rwego rw'igihugu ni we uyikosora
why-points-followed-up = ibikorwa byemejwe muri iyi nama byamaze gukurikiranwa; biguma uko biri, bityo ubyohereze bidahinduwe
why-other-meeting-that-day = indi nama y'iri tsinda yanditswe kuri uwo munsi
why-visit-that-day = uruzinduko rwo kuri uwo munsi rwamaze kwandikwa
why-post-held-from = uyu muntu asanzwe afite uyu mwanya guhera kuri iyi tariki
why-required = birakenewe
why-not-json = ibyoherejwe si JSON: { $error }
why-as-given = { $text }
why-cop-place = andika ishuri (n'isomo) cyangwa ihuriro ry'amashuri
why-membership-ended = { $person } yari umunyamuryango kugeza ku wa { $left }; ubunyamuryango bwarangiye ntibwongera gufungurwa
why-already-member = { $person } asanzwe ari umunyamuryango
why-not-member = { $person } si umunyamuryango
why-not-minutes = { $value } si umubare wuzuye w'iminota
why-edit-not-now = si wowe ukwiye gukosora iyi nama ubu
why-out-of-range = { $value } irenze imbibi: tanga hagati ya { $min } na { $max }
why-not-this-record = { $given } si { $record }, inyandiko iyi aderesi ivuga; reka { $field } cyangwa utange ibimwe
why-year-name = ha umwaka izina, urugero 2026-27
why-first-term = andika nibura amatariki y'igihembwe cya mbere
# Raporo y'ubushakashatsi (crates/analysis): imitwe, amasuzuma, uburyo n'ibisobanuro. Amazina y'amasuzuma
# (Spearman, Cronbach, Mann–Whitney), ibimenyetso (ρ, α, χ², U, z, p, n) n'inomero z'ibisobanuro byo hasi ntibihinduka.
tlt-title = Teachers Learning Together: isesengura ({ $round })
tlt-covers = { $rounds ->
    [one] Icyiciro cy'ubushakashatsi
   *[other] Ibyiciro by'ubushakashatsi
} { $codes } ({ $teachers ->
    [one] umwarimu { $teachers_shown } wo mu
   *[other] abarimu { $teachers_shown } bo mu
} { $schools ->
    [one] ishuri { $schools_shown }
   *[other] mashuri { $schools_shown }
}).
tlt-covers-country = { $rounds ->
    [one] Icyiciro cy'ubushakashatsi
   *[other] Ibyiciro by'ubushakashatsi
} { $codes } ({ $teachers ->
    [one] umwarimu { $teachers_shown } wo mu
   *[other] abarimu { $teachers_shown } bo mu
} { $schools ->
    [one] ishuri { $schools_shown }
   *[other] mashuri { $schools_shown }
}), igihugu: { $country }.
tlt-label-test = Isuzuma ry'imibare
tlt-label-method = Uburyo bwakoreshejwe
tlt-label-missing = Amakuru abura
tlt-model-cluster = Amatsinda (CoP) ku rwego rw'ihuriro ry'amashuri (Kenya)
tlt-model-school = Amatsinda (CoP) ku rwego rw'ishuri (Rwanda)
tlt-too-few = imirongo ni mike cyane: hakenewe nibura imirongo { $need } yuzuye, none hasigaye { $have } nyuma yo gukuramo amakuru abura
tlt-constant = { $column } ni kimwe kuri bose ({ $value }), bityo ntibishoboka kubibara
tlt-undefined = ntibisobanurwa kuri aya makuru ({ $detail })
tlt-not-computed = Ntibyabazwe: { $why }
tlt-no-answers = nta bisubizo
tlt-listwise = Gukuramo usubiza ufite icyuho (listwise): usubiza utarasubije ikibazo icyo ari cyo cyose cy'igipimo, cyangwa kimwe mu bihinduka bibiri by'isuzuma, ntabarwa
tlt-listwise-end = .
tlt-listwise-complete = ; n ni umubare w'abasubije ibibazo byose bikenewe.
tlt-listwise-school = ; ishuri ribarwa iyo nibura umwe mu barimu baryo afite byombi.
tlt-listwise-changed = ; abarimu amanota yabo atahindutse ntibabarwa.
tlt-listwise-panel = ; harimo gusa abarimu babajijwe mu byiciro byombi by'ubushakashatsi.
tlt-col-model = Uburyo bwo gushyira mu bikorwa
tlt-col-index = Igipimo
tlt-col-ci-low = Intera y'icyizere ya 95%: hasi
tlt-col-ci-high = Intera y'icyizere ya 95%: hejuru
tlt-col-schools = amashuri ari mu cyitegererezo
tlt-col-improved-kept = Bateye imbere, bakomeje WhatsApp
tlt-col-improved-not = Bateye imbere, batayikomeje
tlt-col-df = df
tlt-col-cramer = V ya Cramér
tlt-col-n1 = N1 (bateye imbere)
tlt-col-n2 = N2 (basubiye inyuma)
tlt-col-p-method = Uko p yabazwe
tlt-col-term = Igihinduka
tlt-col-estimate = Ikigereranyo
tlt-col-std-error = Ikosa fatizo
tlt-descriptive = Imibare isobanura: ijanisha
tlt-profile-method = Ijanisha ry'abarimu basubije ikibazo bahisemo buri gisubizo (bashobora guhitamo ibirenze kimwe).
tlt-profile-missing = Abarimu batasubije ikibazo ntibabarwa mu ijanisha ryacyo.
tlt-table-3-title = Imbonerahamwe ya 3: uyobora n'uworohereza inama z'itsinda (CoP)
tlt-table-4-title = Imbonerahamwe ya 4: uko ibiganiro bitegurwa
tlt-table-5-title = Imbonerahamwe ya 5: uruhare rw'abarimu mu kwemeza uko inama z'itsinda (CoP) zigenda
tlt-table-5-method = Ijanisha ry'abarimu basubije 'yego': abarimu bagira uruhare mu kwemeza iki gice cy'inama.
tlt-alpha-title = Kwizerwa kwa buri gipimo (α ya Cronbach)
tlt-alpha-test = α ya Cronbach n'intera y'icyizere ya 95% ya Feldt (nk'uko pingouin ibara)
tlt-alpha-method = Ibibazo bihabwa amanota 1–5 (TSES 1–9); amanota y'ibibazo bibajijwe mu buryo bunyuranye yahinduwe mbere yo kubara.
tlt-alpha-facilitation = Uko inama zoroherezwa (ibibazo 5, igisobanuro cyo hasi cya 22)
tlt-alpha-impact = Akamaro k'itsinda (ibibazo 10, igisobanuro cyo hasi cya 23)
tlt-alpha-ht = Uruhare rw'umuyobozi w'ishuri (ibibazo 2)
tlt-alpha-ssl = Uruhare rw'umuyobozi w'isomo (ibibazo 2)
tlt-alpha-tses = TSES (ibibazo 12)
tlt-alpha-kap = Kwisuzuma muri KAP (ibibazo 12, 1 kibajijwe mu buryo bunyuranye)
tlt-t6-title = Imbonerahamwe ya 6: akamaro k'itsinda (CoP) uko abarimu bakabona, n'uko inama zoroherezwa
tlt-t6-test = Isano ishingiye ku myanya ya Spearman, ku mpande zombi (igisobanuro cyo hasi cya 24: amakuru y'igikoresho cy'itsinda ni ay'ibyiciro bikurikirana)
tlt-t6-method = Igipimo cy'uko inama zoroherezwa gikomoka ku bibazo 5 by'igisobanuro cyo hasi cya 22, igipimo cy'akamaro k'itsinda gikomoka ku bibazo 10 by'igisobanuro cyo hasi cya 23; buri kimwe kibarwa nk'impuzandengo isanzwe no nk'igice nyamukuru cya mbere cy'imbonerahamwe y'amasano y'ibibazo (igisobanuro cyo hasi cya 21).
tlt-t6-average = impuzandengo isanzwe
tlt-t6-pca = PCA, igice nyamukuru cya mbere
tlt-t6-facilitation = igipimo cy'uko inama zoroherezwa
tlt-t6-impact = igipimo cy'akamaro k'itsinda
tlt-t6-facilitation-pca = uko inama zoroherezwa (PCA)
tlt-t6-impact-pca = akamaro k'itsinda (PCA)
tlt-t6-explained = { $model }: igice nyamukuru cya mbere gisobanura { $facilitation }% by'itandukaniro ry'ibibazo by'uko inama zoroherezwa na { $impact }% by'iry'ibibazo by'akamaro.
tlt-spearman = Isano ishingiye ku myanya ya Spearman, ku mpande zombi
tlt-impact = Akamaro k'itsinda
tlt-impact-school = Akamaro k'itsinda (impuzandengo y'ishuri)
tlt-school-method = { $index }: impuzandengo isanzwe y'ibibazo bigize icyo gipimo; akamaro k'itsinda: impuzandengo isanzwe y'ibibazo 10 by'akamaro. Amanota y'abarimu abarirwa impuzandengo kuri buri shuri (igisobanuro cyo hasi cya 25), bityo n ibara amashuri.
tlt-table-7-title = Imbonerahamwe ya 7: uruhare rw'umuyobozi w'ishuri n'akamaro k'itsinda, ku rwego rw'ishuri
tlt-table-7-label = Uruhare rw'umuyobozi w'ishuri
tlt-table-10-title = Imbonerahamwe ya 10: kunyurwa n'umutoza w'abarimu n'akamaro k'itsinda, ku rwego rw'ishuri
tlt-table-10-label = Kunyurwa n'umutoza
tlt-t8-9-title = Imbonerahamwe ya 8–9: uburyo bw'imiyoborere n'imikorere y'amatsinda (CoP)
tlt-tiers-method = Ibyiciro by'imikorere y'amatsinda: ibice bitatu bingana (terciles; kugereranya ku murongo ugororotse, ubwoko bwa 7 bwa numpy) by'impuzandengo y'amanota y'akamaro k'itsinda ya buri shuri, mu mashuri { $schools }: hasi ≤ { $q1 } < hagati ≤ { $q2 } < hejuru. Uburyo bw'imiyoborere bushingiye ku byo umwarimu yasubije: imiyoborere itegeka iyo impuzandengo y'uruhare n'ibitekerezo umuyobozi atanga ari ≥ 4 (kenshi/buri gihe), imiyoborere isangiwe iyo ari ≤ 2 (gake/nta na rimwe). Buri kazu gahuza ibimenyetso bibiri bya 0/1 bibariwe ku barimu.
tlt-tiers-test = Isano ishingiye ku myanya ya Spearman, ku mpande zombi (igisobanuro cyo hasi cya 26)
tlt-tier-high = Amatsinda akora neza cyane
tlt-tier-low = Amatsinda adakora neza
tlt-table-8-title = Imbonerahamwe ya 8: uburyo bw'imiyoborere bw'umuyobozi w'ishuri n'imikorere y'amatsinda
tlt-table-8-directive = Umuyobozi w'ishuri utegeka
tlt-table-8-distributed = Umuyobozi w'ishuri usangiza abandi ubuyobozi
tlt-table-9-title = Imbonerahamwe ya 9: uburyo bw'imiyoborere bw'umuyobozi w'isomo n'imikorere y'amatsinda
tlt-table-9-directive = Umuyobozi w'isomo utegeka
tlt-table-9-distributed = Umuyobozi w'isomo usangiza abandi ubuyobozi
tlt-endline-title = Amasuzuma y'ubushakashatsi busoza
tlt-endline-method = Amasuzuma ajyanye n'ifungwa ry'amashuri (WhatsApp, uburambe bw'itsinda mbere y'ifungwa), isesengura ry'isubiranyuma rigereranya abagezweho na gahunda n'abatayigezweho, n'itandukaniro ry'amatandukaniro hakurikijwe ibyiciro byo gutangira, bikenera icyiciro cy'ubushakashatsi bw'ibanze n'icyiciro cy'ubushakashatsi busoza bya gahunda imwe.
tlt-endline-none = Nta cyiciro cy'ubushakashatsi busoza kirabaho.
tlt-quality = ireme ry'imyigishirize
tlt-improved = bateye imbere
tlt-reduced = basubiye inyuma
tlt-school = ishuri
tlt-teacher = umwarimu
tlt-whatsapp-kept = WhatsApp igihe amashuri yari afunze
tlt-whatsapp-title = Ikoreshwa rya WhatsApp mu gihe cy'ifungwa ry'amashuri n'ihinduka ry'ireme ry'imyigishirize
tlt-whatsapp-test = Isuzuma rya χ² ry'ubwigenge, hakoreshejwe ikosora rya Yates ku mbonerahamwe ya 2×2 (nk'uko scipy ibikora), na V ya Cramér
tlt-whatsapp-method = Imirongo: bakomeje gukoresha urubuga rwa WhatsApp rw'itsinda (CoP) mu gihe cy'ifungwa ry'amashuri (ubushakashatsi busoza). Inkingi: ireme ry'imyigishirize ryazamutse cyangwa ryasubiye inyuma hagati y'ubushakashatsi bw'ibanze n'ubushakashatsi busoza (amanota ya TEACH).
tlt-prior-title = Uburambe bw'itsinda (CoP) mbere y'ifungwa ry'amashuri nk'ubufasha mu kugarura imyigire y'abanyeshuri, hakurikijwe ihinduka ry'ireme ry'imyigishirize
tlt-prior-test = U ya Mann–Whitney, ku mpande zombi (uburyo 'auto' bwa scipy: ibarwa nyakuri iyo igice kimwe gifite indangagaciro ≤ 8 kandi nta zingana; bitabaye ibyo, hakoreshwa igereranya ry'ikwirakwira risanzwe hamwe n'ikosora ry'indangagaciro zingana n'iry'ubudahagarara)
tlt-prior-method = Urwego rwo kwemeranya (1–5) n'uko uburambe bw'umwarimu mu itsinda (CoP) mbere y'ifungwa ry'amashuri bwamufashije gufasha abanyeshuri kugarura imyigire (ubushakashatsi busoza), mu barimu ireme ry'imyigishirize yabo ryazamutse (N1) ugereranyije n'abo ryasubiye inyuma (N2). U ni min(U1, U2) na z ni iya SPSS (nta kosora ry'ubudahagarara), nk'uko raporo y'umwimerere y'ubushakashatsi ibigaragaza.
tlt-p-exact = nyakuri
tlt-p-asymptotic = igereranyije
tlt-term-treatment-endline = gahunda × ubushakashatsi busoza
tlt-term-endline = ubushakashatsi busoza
tlt-term-female = igitsina gore
tlt-term-experience = uburambe (imyaka)
tlt-term-degree = impamyabumenyi ya kaminuza
tlt-regression-title = Abagezweho na gahunda n'abatayigezweho: ireme ry'imyigishirize ({ $model })
tlt-regression-test = OLS ifite ingaruka zidahinduka za buri shuri (zikuwemo mbere y'ibarura) n'amakosa fatizo yita ku bice, ibice bikaba amashuri (CR1, nk'uko statsmodels ibikora)
tlt-regression-method = Amanota ya TEACH (0–5) mu bushakashatsi bw'ibanze no mu bushakashatsi busoza, ahurijwe hamwe. 'gahunda × ubushakashatsi busoza' ni ingaruka za gahunda; ingaruka z'amashuri zikubiyemo uruhande ishuri ririmo ubwaryo (abagezweho cyangwa abatagezweho na gahunda). Ibindi bigenzurwa: igitsina, imyaka y'uburambe, impamyabumenyi ya kaminuza.
tlt-regression-note = N = { $n } (umwarimu × icyiciro cy'ubushakashatsi), K = { $k } (harimo ingaruka { $effects } z'amashuri), ibice { $clusters }; p ikomoka kuri t({ $dof }).
tlt-regression-dropped = { " " }Byakuwemo kuko bifitanye isano ku murongo ugororotse n'ibindi: { $terms }.
tlt-did-title = Ibyiciro byo gutangira: itandukaniro ry'amatandukaniro mu ireme ry'imyigishirize ({ $model })
tlt-did-test = Ingaruka zidahinduka mu mpande ebyiri (umwarimu n'icyiciro cy'ubushakashatsi), amakosa fatizo yita ku bice, ibice bikaba abarimu (CR1), p ikomoka kuri t(G − 1)
tlt-did-method = Amanota ya TEACH (0–5). Umwarimu afatwa nk'uwagezweho na gahunda guhera ku cyiciro cy'ubushakashatsi cya mbere cyabaye igihe icyiciro cyo gutangira cy'ishuri rye cyatangiraga cyangwa nyuma yaho; isesengura ry'ibihe rigereranya ingaruka hakurikijwe umubare w'ibyiciro by'ubushakashatsi bimaze kuba kuva icyo gihe, icyiciro kibanziriza kikaba ari cyo fatizo.
tlt-did-treated = yagezweho na gahunda (icyiciro cyo gutangira cyaratangiye)
tlt-did-event = isesengura ry'ibihe: ibyiciro by'ubushakashatsi { $rounds } kuva icyiciro cyo gutangira gitangiye
tlt-did-note = N = { $n } (umwarimu × icyiciro cy'ubushakashatsi), abarimu { $teachers }, ibyiciro by'ubushakashatsi { $rounds }.
tlt-did-caveat = Icyitonderwa: Iyo ibyiciro byo gutangira bitatangiriye rimwe, ikigereranyo cy'ingaruka zidahinduka mu mpande ebyiri kiba impuzandengo y'igereranya ryose riri mu makuru, harimo n'aho abari baramaze kugerwaho na gahunda bakoreshwa nk'abo kugereranya ku byiciro bikurikira; iyo ingaruka zihinduka uko igihe kuva gahunda itangiye kigenda gishira, icyo kigereranyo gishobora kubogama (Goodman-Bacon 2021). Gisome hamwe n'isesengura ry'ibihe.
why-in-field = { $field }: { $reason }
why-file-kind = { $file }: koresha dosiye ya .csv cyangwa .xlsx
why-file-empty = dosiye irimo ubusa; umurongo wa mbere ugomba kuvuga amazina y'inkingi
why-file-empty-sheet = urupapuro rurimo ubusa; umurongo wa mbere ugomba kuvuga amazina y'inkingi
why-file-unreadable = ntisomeka nka { $format }: { $detail }
why-file-too-big = igitabo cy'imbonerahamwe gifunguwe kingana na MB { $size }, kirenze urugero rwa MB { $limit }; bika urupapuro nka CSV
why-file-no-sheet = igitabo cy'imbonerahamwe nta rupapuro gifite
why-file-left-of-heading = hari agaciro kari ibumoso bw'umutwe w'inkingi ya mbere (inkingi { $column }); gashyire munsi y'umutwe
why-file-too-wide = urupapuro rukoresha inkingi { $column }, irenze { $limit } dosiye ya Pamoja yemerewe kugira
why-file-no-column = nta nkingi '{ $column }'; inkingi zihari ni: { $columns }
why-file-not-number = inkingi '{ $column }': '{ $value }' si umubare (siga akazu karimo ubusa cyangwa wandike NA niba agaciro kabuze)
why-file-cells-short = umurongo ufite utuzu { $cells }; umutwe uvuga inkingi { $columns }
why-file-cells-long = umurongo ufite utuzu turenze inkingi { $columns } umutwe uvuga
why-file-unknown-column = inkingi itazwi "{ $column }"; dosiye za { $kind } zigira inkingi { $columns }
why-file-repeated-column = inkingi "{ $column }" igaragara kabiri
why-file-missing-column = inkingi "{ $column }" irabura; dosiye za { $kind } zigira inkingi { $columns }
why-survey-no-id = nta nkingi { $column }; buri murongo ugomba kuvuga umwarimu n'ishuri basubije
why-survey-no-items = nta nkingi ivuga ikibazo cya { $instrument }; iki ni cyo gikoresho gikwiye?
why-survey-empty = { $column } irimo ubusa
why-survey-answered = umwarimu { $teacher } yari yarasubije ku murongo wa { $line }

# Words of the registry's vocabulary shown where a record's values are (the changes page).
gender-female = Gore
gender-male = Gabo
gender-other = Ikindi
model-school-based = Mu ishuri
model-cluster-based = Mu itsinda ry'amashuri
arm-treatment = Abagezweho na gahunda
arm-control = Abatagezweho na gahunda
subject-english = Icyongereza
subject-maths = Imibare
subject-literacy = Gusoma no kwandika
subject-kinyarwanda = Ikinyarwanda
subject-kiswahili = Igiswahili
subject-french = Igifaransa
subject-science = Ubumenyi
level-country = Igihugu
level-province = Intara
level-district = Akarere
level-sector = Umurenge
level-county = Intara
level-sub-county = Akarere
