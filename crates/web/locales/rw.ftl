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
account-yourself = Ijambobanga ryawe rihindurirwa ku rupapuro rwa konti yawe.
account-outside = Uyu muntu akorera ahatari aho uhindura urutonde rw'abakozi n'amashuri.
account-no-grant = Nta mwanya ufite uguha uburenganzira bwo gutanga uburyo bwo kwinjira aho uyu muntu akorera.
account-post = Uyu muntu afite umwanya wa { $role } udashobora gutanga: umuntu ukuriye ni we ukora cyangwa uhindura uburyo bwe bwo kwinjira.

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
study-in-english = Imbonerahamwe za raporo ziri mu Cyongereza, nk'uko ubushakashatsi buzitangaza.
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
