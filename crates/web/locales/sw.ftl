# Maandishi ya kiolesura cha Pamoja, Kiswahili (kamili). Majina ya ujumbe ni yale yale ya en.ftl;
# ujumbe usiokuwepo hapa huonyeshwa kwa Kiingereza.
# Namba na tarehe huandikwa na msimbo (src/i18n.rs) na hufika hapa zikiwa tayari zimepangwa.

## Mpangilio wa ukurasa

app-name = Pamoja
nav-home = Nyumbani
nav-registry = Sajili
nav-imports = Kuingiza data
nav-audit = Mabadiliko
nav-calendar = Kalenda
nav-password = Nenosiri
sign-out = Toka
language = Lugha
language-choose = Badilisha
skip-to-content = Ruka hadi maudhui

## Miundo: asilimia, tarehe ({ $month } ni mojawapo ya majina ya miezi yaliyo hapa chini)

percent = { $value }%
date = { $day } { $month } { $year }
period = { $from } hadi { $to }
month-1 = Jan
month-2 = Feb
month-3 = Mac
month-4 = Apr
month-5 = Mei
month-6 = Jun
month-7 = Jul
month-8 = Ago
month-9 = Sep
month-10 = Okt
month-11 = Nov
month-12 = Des

## Kuingia, na nenosiri

sign-in-title = Ingia
username = Jina la mtumiaji
password = Nenosiri
sign-in-button = Ingia
sign-in-wrong = Jina la mtumiaji na nenosiri hayalingani. Yahakiki kisha ujaribu tena.
sign-in-wait = Majaribio mengi yameshindwa. Subiri { $minutes ->
    [one] dakika moja
   *[other] dakika { $minutes }
    }, kisha ujaribu tena.
password-title = Badilisha nenosiri lako
password-done = Nenosiri lako limebadilishwa. Umetolewa kwenye vipindi vyako vingine, na tokeni zako za API zimebatilishwa.
password-current = Nenosiri la sasa
password-new = Nenosiri jipya (angalau herufi 12)
password-repeat = Rudia nenosiri jipya
password-button = Badilisha nenosiri
password-wrong-current = Nenosiri lako la sasa si sahihi.
password-too-short = Nenosiri jipya linahitaji angalau herufi 12.
password-not-same = Manenosiri mawili mapya hayalingani.
password-not-new = Chagua nenosiri jipya, si lile ulilo nalo sasa.
password-first = Ulipewa nenosiri hili na mtu mwingine. Chagua lako sasa: nenosiri ulilopewa ndilo la sasa.
account-link = Kuingia na nenosiri
account-title = Akaunti ya kuingia ya { $name }
account-signs-in-as = Huingia kama { $username }.
account-none = Bado hana akaunti ya kuingia.
account-username = Jina la mtumiaji
account-create = Tengeneza akaunti ya kuingia
account-reset-explain = Nenosiri jipya linatengenezwa na kuonyeshwa mara moja tu. Vipindi vyake vingine vinafungwa na tokeni zake za API zinaacha kufanya kazi.
account-reset = Weka nenosiri jipya
account-handed = Nenosiri lililo hapa chini linaonyeshwa mara hii moja tu.
account-handed-note = Mpe { $name } ana kwa ana au kwa simu, si kwenye kikundi. Atachagua lake anapoingia kwa mara ya kwanza.
account-back = Rudi kwa mtu huyu
account-yourself = Nenosiri lako mwenyewe hubadilishwa kwenye ukurasa wa akaunti yako.
account-outside = Mtu huyu anafanya kazi nje ya maeneo unayobadilisha rejista.
account-no-grant = Hakuna nafasi yako inayotoa akaunti za kuingia mahali mtu huyu anapofanya kazi.
account-post = Mtu huyu ana nafasi ya { $role }, ambayo huwezi kuitoa: mtu aliye juu yako ndiye anayetengeneza au kuweka upya akaunti yake.

## Ujumbe wa hitilafu

home-link = Nyumbani
expired-title = Muda wa fomu hii umekwisha
expired-text = Rudi nyuma, pakia ukurasa upya, kisha utume fomu tena.
failure-title = Kuna hitilafu
failure-text = Tafadhali jaribu tena baada ya muda mfupi. Tatizo likiendelea, mjulishe msimamizi wa mfumo.
place-forbidden-title = Huna ruhusa ya kuona hiki
place-forbidden-text = Eneo hili liko nje ya maeneo ya nyadhifa zako. Ukilihitaji, uliza ofisi ya elimu ya wilaya yako.
place-missing-title = Eneo hili halipo
place-missing-text = Hakiki anwani ya ukurasa, au anza upya kutoka ukurasa wako wa nyumbani.
record-forbidden-title = Huna ruhusa ya kuona hiki
record-forbidden-text = Hiki kiko nje ya maeneo ya nyadhifa zako. Ukikihitaji, muulize mwalimu mkuu wako au ofisi ya elimu ya wilaya.
record-missing-title = Hakijapatikana
record-missing-text = Huenda kimeondolewa, au anwani si sahihi. Anza upya kutoka ukurasa wako wa nyumbani.
page-missing-title = Ukurasa huu haupo
page-missing-text = Huenda anwani imeandikwa vibaya, au ukurasa umehamishwa.

## Ukurasa wa nyumbani

welcome = Karibu, { $name }
todo = Kazi za kufanya
nothing-waits = Hakuna kinachokusubiri.
reports-to-acknowledge = Ripoti za kuthibitisha kupokea ({ $shown })
points-to-follow = Hatua za utekelezaji za kufuatilia ({ $shown })
study-open = Fungua ripoti ya utafiti
study-title = Ripoti ya utafiti
study-none = Hakuna mwalimu katika shule unazoona aliyejibu awamu hii bado: { $round }.
study-round = Awamu ya utafiti
study-show = Onyesha ripoti
study-in-english = Majedwali ya ripoti yako kwa Kiingereza, kama utafiti unavyoyachapisha.
round-baseline = Utafiti wa awali
round-midline = Utafiti wa kati
round-endline = Utafiti wa mwisho
overdue = imechelewa
points-see-all = Ona hatua zote za kufuatilia
points-search = Maneno ya hatua au jina la mhusika
points-school = Namba ya shule
points-overdue-only = Zile tu zilizopita tarehe ya mwisho
points-filter = Onyesha
points-of-cop = Hatua za { $cop } pekee.
points-every-cop = Za kila CoP
points-none = Hakuna hatua iliyo wazi inayolingana.
showing-of = Zinaonyeshwa { $first }–{ $last } kati ya { $total }
pages = Kurasa
page-previous = Ukurasa uliotangulia
page-next = Ukurasa unaofuata
col-held-on = Tarehe ya mkutano
col-cop = CoP
col-facilitator = Mwezeshaji
col-present = Waliohudhuria
col-due = Tarehe ya mwisho
col-action = Hatua
col-owner = Mhusika
col-place = Eneo
col-rank = Nafasi
present-of = { $present } kati ya { $expected }
your-cops = CoP zako muhula huu
this-term = Muhula huu: { $period }
between-terms = Kati ya mihula. Muhula uliopita ulikuwa { $last }; unaofuata unaanza tarehe { $next }.
between-terms-no-next = Kati ya mihula. Muhula uliopita ulikuwa { $last }; muhula unaofuata bado haujapangwa.
col-held-planned = Iliyofanyika kati ya iliyopangwa
col-next = Mkutano ujao
col-turn = Zamu ya nani
held-of-planned = { $held } kati ya { $planned }
none-planned = hakuna uliopangwa
record-meeting = Rekodi mkutano
turn-chair = mwenyekiti: { $name }
ranked-title = Maeneo yaliyo chini ya { $place }, kwa mpangilio wa mikutano iliyofanyika
bright-spots = Yanayofanya vizuri
laggards = Yanayohitaji msaada

## Viashiria vikuu (KPI)

kpi-table-indicator = Kiashiria
kpi-table-of = Idadi
kpi-table-out-of = Kati ya
kpi-table-share = Asilimia
under-place = Chini ya { $place }
trend-title = Mikutano iliyofanyika kati ya iliyopangwa, kwa kila muhula
breadcrumb = Mahali hapa ni wapi
dashboard-more = Kipindi kingine, maeneo yakipangwa kwa kiashiria kingine, au toleo la kuchapisha
period-problem = Kipindi hicho hakikuweza kuonyeshwa ({ $problem }); muhula huu unaonyeshwa badala yake.
period-year = Mwaka wa shule
period-term-choice = Muhula
period-whole-year = Mwaka mzima
period-term = Muhula wa { $n }
period-dates = Au chagua tarehe
period-from = Kuanzia
period-to = Hadi
rank-by = Panga maeneo yaliyo chini kwa
period-show = Onyesha
print-view = Toleo la kuchapisha
kpi-table-change = Mabadiliko (pointi)
change-since = Mabadiliko kwa pointi za asilimia ukilinganisha na kipindi kilichotangulia ({ $period }).
lowest = chini zaidi
status-remote = { $status } (kwa mbali)
trend-none = Bado hakuna muhula wenye mikutano iliyopangwa.
kpi-meetings-held = Mikutano iliyofanyika kati ya iliyopangwa
kpi-cops-on-frequency = CoP zinazokutana mara nyingi kama ilivyopangwa
kpi-attendance-rate = Kiwango cha mahudhurio ya walimu
kpi-teachers-at-90 = Walimu wanaohudhuria angalau 90% ya mikutano ya CoP yao
kpi-reports-acknowledged = Ripoti za mikutano zilizothibitishwa kupokelewa na mwalimu mkuu
kpi-action-points-closed = Hatua za utekelezaji zilizofuatiliwa na kufungwa
kpi-modality-mix = Jinsi mikutano ilivyofanyika
kpi-format-mix = Jinsi majadiliano yalivyopangwa
kpi-teacher-decisions = Ushiriki wa walimu katika maamuzi
kpi-facilitators = Nani huwezesha
kpi-maturity = CoP kwa hatua ya ukomavu
kpi-with-part = { $kpi }: { $part }

## Istilahi

modality-in-person = Ana kwa ana
modality-whatsapp = WhatsApp
modality-phone = Simu
modality-hybrid = Mseto
format-whole-group = Kundi zima
format-small-groups = Vikundi vidogo
format-lesson-modelling = Kuonyesha mfano wa kufundisha
format-mock-lesson = Somo la kuigiza
format-practical-workshop = Warsha ya vitendo
format-instructional-material = Kutengeneza zana za kufundishia
role-chair = Mwenyekiti
role-note-taker = Mwandishi wa kumbukumbu
role-timekeeper = Mtunza muda
role-presenter = Mwasilishaji
role-reporter = Mtoa taarifa
decider-teachers = Walimu
decider-subject-leader = Kiongozi wa somo
decider-head-teacher = Mwalimu mkuu
decider-coach = Mkufunzi
decider-slf = Mwezeshaji wa tarafa (SLF)
aspect-agenda = Ajenda
aspect-topics = Mada
aspect-duration = Muda
aspect-organisation = Jinsi ulivyopangwa
topic-learner-needs = Mahitaji ya wanafunzi
topic-inclusion = Elimu jumuishi
topic-struggling-learners = Wanafunzi wanaotatizika kujifunza
topic-girls-return = Wasichana kurudi shuleni
topic-wellbeing = Ustawi
topic-remediation = Mafunzo rekebishi
topic-covid-measures = Hatua za kujikinga na COVID-19
topic-other = Mengineyo
finding-done = Imekamilika
finding-in-progress = Inaendelea
finding-not-started = Haijaanza
facilitator-teacher = Mwalimu
facilitator-subject-leader = Kiongozi wa somo
facilitator-head-teacher = Mwalimu mkuu
facilitator-coach = Mkufunzi
facilitator-slf = Mwezeshaji wa tarafa (SLF)
facilitator-other = Mtu mwingine
stage-not-yet-meeting = Bado haikutani
stage-directed = Inaelekezwa
stage-supported = Inasaidiwa
stage-teacher-led = Inaongozwa na walimu
post-teacher = Mwalimu
post-head-teacher = Mwalimu mkuu
post-deputy-head-teacher = Naibu mwalimu mkuu
post-subject-leader = Kiongozi wa somo shuleni
post-coach = Mkufunzi wa ufundishaji
post-senior-coach = Mkufunzi mkuu
post-regional-coordinator = Mratibu wa kanda
post-slf = Mwezeshaji wa ujifunzaji wa tarafa
post-sei = Mkaguzi wa elimu wa tarafa
post-deo = Afisa elimu wa wilaya
post-lll = Kiongozi wa ujifunzaji wa eneo
post-nll = Kiongozi wa ujifunzaji wa kitaifa
post-me-officer = Afisa ufuatiliaji na tathmini
post-national-admin = Msimamizi wa mfumo wa kitaifa
post-researcher = Mtafiti
member-role-member = Mwanachama
member-role-facilitator = Mwezeshaji
guest-head-teacher = Mwalimu mkuu
guest-subject-leader = Kiongozi wa somo
guest-slf = Mwezeshaji wa ujifunzaji wa sekta
guest-coach = Mkufunzi
guest-parent = Mzazi
guest-remedial-teacher = Mwalimu wa masomo ya ziada
guest-other = Mwingine
cop-people-saved = Imehifadhiwa: orodha ya watu wa CoP iko sawa.
cop-people-problem = Hakuna kilichobadilishwa: { $problem }
cop-member-leaves = Anaondoka leo
cop-add-member = Ongeza mwanachama
cop-person = Mtu
cop-add-member-button = Ongeza kwenye CoP
cop-guests = Wageni waliosajiliwa
cop-guests-hint = Watu wanaoalikwa kwenye mikutano yake ambao si wanachama: wanaonekana kwenye fomu ya mkutano na hawahesabiwi kati ya wanaotarajiwa.
cop-guest-role = Anakuja kama
cop-guest-remove = Ondoa
cop-add-guest = Ongeza mgeni aliyesajiliwa
cop-guest-code = Namba ya utumishi ya mgeni
cop-add-guest-button = Ongeza mgeni
field-guests-present = Wageni waliosajiliwa waliohudhuria

## CoP moja

cop-members-count = { $n ->
    [one] mwanachama { $shown }
   *[other] wanachama { $shown }
}
cop-at = Katika { $place }
cop-members = Wanachama
cop-schedule = Mikutano ya muhula huu
cop-planned = Iliyopangwa
cop-held = Iliyofanyika
cop-rotation = Majukumu: nani anafuata
cop-rotation-evenness = Usawa wa kupokezana majukumu
col-role = Jukumu
col-next-turn = Zamu inayofuata
col-held-by = Walioshika jukumu hadi sasa
cop-maturity = Ukomavu: { $stage }
cop-maturity-evidence = Ushahidi wa muhula huu
cop-evidence-teachers-decide = Mikutano ambayo walimu walishiriki kuamua ajenda
cop-evidence-rotation = Usawa wa kupokezana majukumu
cop-evidence-teachers-facilitate = Mikutano iliyowezeshwa na walimu
cop-evidence-held = Mikutano iliyopangwa ambayo ilifanyika
cop-teacher-led-takes = Kinachohitajika ili iongozwe na walimu
cop-recent = Mikutano ya muhula huu, wa karibuni kwanza
col-name = Jina
col-joined = Tarehe ya kujiunga
col-member-role = Jukumu

## Kurekodi mkutano

meeting-new-title = Rekodi mkutano wa { $cop }
meeting-problems = Mkutano haujahifadhiwa. Tafadhali sahihisha sehemu zilizowekwa alama hapa chini.
field-held-on = Tarehe ya mkutano
field-modality = Jinsi ulivyofanyika
field-venue = Mahali (si lazima)
field-duration = Muda kwa dakika (si lazima)
field-facilitator = Mwezeshaji
field-attendance = Waliohudhuria
field-attendance-hint = Weka alama kwa kila aliyehudhuria. Wanachama wasiowekewa alama wataandikwa kuwa hawakuhudhuria.
field-agenda = Kilichokuwa kwenye ajenda
field-activity = Shughuli ya mwongozo
field-activity-none = (hakuna)
field-challenge = Au changamoto iliyoletwa na walimu
field-formats = Jinsi majadiliano yalivyopangwa
field-roles = Majukumu
field-role-nobody = (hakuna mtu)
field-decided = Nani aliamua ajenda
field-topics = Mada zilizojadiliwa
field-summary = Muhtasari (si lazima)
field-action-point = Hatua ya utekelezaji (si lazima)
field-action-description = Kinachopaswa kufanywa
field-action-owner = Atakayetekeleza
field-action-due = Tarehe ya mwisho
field-choose = Chagua…
meeting-save = Hifadhi mkutano
meeting-saved = Mkutano umehifadhiwa. Ripoti yake imetumwa kwa mwalimu mkuu.
meeting-edit-title = Sahihisha mkutano wa { $cop }
meeting-save-edit = Hifadhi marekebisho
meeting-edit-keeps = Wageni waliosajiliwa, idadi ya wageni na maamuzi kuhusu mambo mengine yanabaki kama yalivyorekodiwa.
meeting-correct = Sahihisha mkutano huu
meeting-corrected = Marekebisho yako yamehifadhiwa, na takwimu zinayafuata.
field-remote = Nani alijiunga akiwa mbali
field-remote-hint = Weka alama kwa walioshiriki kwa simu, WhatsApp au mtandaoni badala ya kuwa chumbani.

## Ripoti ya mkutano

meeting-title = { $cop }, { $date }
meeting-facts = { $modality }; mwezeshaji: { $facilitator }; waliohudhuria: { $present }
meeting-attendance = Mahudhurio
col-status = Hali
status-present = Alihudhuria
status-absent = Hakuhudhuria
status-excused = Alikuwa na ruhusa
meeting-action-points = Hatua za utekelezaji
meeting-acknowledge = Thibitisha kupokea ripoti hii
meeting-acknowledged = Umethibitisha kupokea ripoti hii.
meeting-ack-done = Ilithibitishwa kupokelewa tarehe { $date }
meeting-ack-waiting = Inamsubiri mwalimu mkuu
meeting-report-to = Ripoti inatumwa kwa
follow-up = Fuatilia
col-finding = Matokeo

## Kufuatilia hatua ya utekelezaji

follow-up-title = Ufuatiliaji: { $action }
follow-up-owner = Mhusika: { $owner }; tarehe ya mwisho { $date }
field-visited-on = Tarehe ya kutembelea darasa
field-finding = Matokeo ya ziara
field-note = Maelezo (si lazima)
follow-up-save = Hifadhi ufuatiliaji
follow-up-not-yours = Ni wale tu wanaorekodi mikutano ya CoP hii wanaoandika ufuatiliaji wake.
follow-up-closed = Ilifuatiliwa tarehe { $date }: { $finding }
follow-up-problems = Ufuatiliaji haujahifadhiwa. Tafadhali sahihisha sehemu zilizowekwa alama hapa chini.
follow-up-visits = Ziara zilizokwisha fanyika
col-visitor = Aliyetembelea
col-note = Maelezo
col-due-again = Tarehe mpya ya mwisho
field-due-again = Tarehe mpya ya mwisho, kama haijafanyika
field-due-again-help = Hatua iliyokutwa haijaanza au inaendelea inabaki wazi hadi tarehe hii, itakapotembelewa tena.

## Sajili

registry-title = Sajili
registry-search = Tafuta kwa jina au msimbo
registry-kind = Onyesha
registry-kind-schools = Shule
registry-kind-people = Watu
registry-search-button = Tafuta
registry-none = Hakuna kinacholingana.
registry-more = Yanaonyeshwa matokeo { $shown } ya kwanza tu. Punguza utafutaji ili kuona mengine.
col-code = Msimbo
col-unit = Eneo
col-phone = Simu
col-edit = Hariri
edit = Hariri
registry-edit-title = Hariri { $name }
field-name = Jina
field-phone = Simu (si lazima)
field-ownership = Umiliki
field-locality = Mjini au vijijini
ownership-public = Ya umma
ownership-private = Binafsi
locality-rural = Vijijini
locality-urban = Mjini
save-elsewhere = Pia kuna makosa katika rekodi hii
field-email = Barua pepe (si lazima)
save = Hifadhi
saved = Imehifadhiwa.
save-problems = Hakuna kilichohifadhiwa. Tafadhali sahihisha sehemu zilizowekwa alama hapa chini.

## Kuingiza na kutoa data

imports-title = Kuingiza na kutoa data
import-kind = Faili lina nini
import-kind-schools = Shule
import-kind-people = Watu
import-kind-posts = Nyadhifa
import-file = Faili (CSV au XLSX, lenye safuwima sawa na za faili lililotolewa)
import-button = Ingiza
import-choose-kind = Chagua kilichomo kwenye faili.
import-not-a-table = Faili { $file } si la .csv wala .xlsx. Lihifadhi kama CSV au Excel kisha ujaribu tena.
import-empty = Faili { $file } ni tupu.
import-unreadable = Faili halikufika lote ({ $reason }). Jaribu tena.
import-reading = Inasoma faili { $file }…
import-checking = Inakagua faili { $file } (safu { $rows }) dhidi ya sajili…
import-writing = Inaandika faili { $file } (safu { $rows })…
import-step = Hatua ya { $step } kati ya 3: kusoma faili, kulikagua dhidi ya sajili, kuliandika.
import-done = Faili { $file }: rekodi mpya { $inserted }, zilizosasishwa { $updated }.
import-rejected = Faili { $file } halikuingizwa. Idadi ya mistari yenye matatizo yaliyoorodheshwa hapa chini: { $lines }. Hakuna kilichoandikwa. Yarekebishe kisha uingize faili tena.
import-failed = Faili { $file } halikuingizwa: { $reason }. Hakuna kilichoandikwa.
import-refresh = Ukurasa huu hujisasisha wenyewe kila baada ya sekunde chache hadi uingizaji ukamilike.
import-refresh-now = Sasisha sasa
import-one-at-a-time = Bado kuna faili lako jingine linaloingizwa. Subiri likamilike, kisha uingize faili hili.
import-busy = Seva ina shughuli nyingi za kuingiza data nyingine. Jaribu tena baada ya dakika moja.
import-another = Ingiza faili jingine
col-line = Mstari
col-column = Safuwima
col-problem = Tatizo
exports = Kutoa data
exports-scope = Kila kitu kilicho ndani ya maeneo ya nyadhifa zako, kikiwa na safuwima zinazohitajika kwa kuingiza data.
export-schools = Shule (CSV)
export-people = Watu (CSV)
export-posts = Nyadhifa (CSV)
exports-life = Shughuli za CoP mwaka huu wa shule
exports-life-scope = Mikutano, mahudhurio na hatua za CoP unazoona, mstari mmoja kila moja, kwa Excel au Stata.
exports-period = Pakua kumbukumbu za kipindi hiki
export-meetings = Mikutano
export-attendance = Mahudhurio
export-action-points = Hatua za utekelezaji

## Kumbukumbu ya mabadiliko

audit-title = Mabadiliko
audit-intro = Kila badiliko ndani ya maeneo ya nyadhifa zako: nani alilifanya, lini, na hali ilivyokuwa kabla na baada yake.
col-when = Lini
col-who = Nani
col-what = Nini
col-before = Kabla
col-after = Baada
audit-none = Bado hakuna mabadiliko.
audit-command-line = Mstari wa amri
audit-meeting-recorded = Mkutano umerekodiwa
audit-report-acknowledged = Ripoti imethibitishwa kupokelewa
audit-action-point-followed-up = Hatua ya utekelezaji imefuatiliwa
audit-school-written = Taarifa za shule zimehifadhiwa
audit-person-written = Taarifa za mtu zimehifadhiwa
audit-post-written = Wadhifa umehifadhiwa
audit-unit-written = Eneo la utawala limehifadhiwa
audit-cluster-written = Kikundi cha shule kimehifadhiwa
audit-cop-renamed = CoP imepewa jina jipya
audit-cop-membership-written = Uanachama wa CoP umehifadhiwa
audit-unit-levels-set = Ngazi za maeneo ya utawala zimewekwa
audit-programme-written = Mpango umehifadhiwa
audit-academic-year-added = Mwaka wa masomo umeongezwa
audit-rollout-written = Awamu ya utekelezaji imehifadhiwa
audit-toolkit-written = Mwongozo wa shughuli umehifadhiwa
audit-survey-round-written = Duru ya utafiti imehifadhiwa
audit-cop-formed = CoP imeundwa
audit-survey-responses-written = Majibu ya utafiti yamehifadhiwa
audit-sign-in-created = Akaunti ya kuingia imeundwa
audit-api-token-created = Tokeni ya API imeundwa
audit-api-token-revoked = Tokeni ya API imebatilishwa
audit-password-changed = Nenosiri limebadilishwa
audit-password-reset = Nenosiri limewekwa upya
audit-meeting-edited = Mkutano umesahihishwa
audit-cop-guest-written = Mgeni wa CoP ameandikwa
audit-every-kind = Kila aina ya mabadiliko
audit-kind = Aina ya mabadiliko
yes = ndiyo
no = hapana
audit-field-held-on = Ilifanyika tarehe
audit-field-modality = Jinsi ulivyofanyika
audit-field-present = Waliohudhuria
audit-field-expected = Waliotarajiwa
audit-field-action-points = Hatua za utekelezaji
audit-field-cop = CoP
audit-field-closed-on = Ilifungwa tarehe
audit-field-finding = Matokeo ya ziara
audit-field-due-on = Tarehe ya mwisho
audit-field-acknowledged-at = Imepokelewa
audit-field-schools = Shule
audit-field-name = Jina
audit-field-phone = Simu
audit-field-role = Jukumu
audit-field-joined-on = Alijiunga tarehe
audit-field-left-on = Aliondoka tarehe
audit-field-person = Mtu
audit-field-guest-role = Anakuja kama
audit-field-username = Jina la mtumiaji
audit-field-facilitator = Mwezeshaji
audit-field-duration-minutes = Dakika
audit-field-code = Namba
audit-field-starts-on = Inaanza tarehe
audit-field-ends-on = Inaisha tarehe
audit-field-school = Shule
audit-field-unit = Mahali
audit-field-gender = Jinsia
audit-field-subjects = Masomo
audit-field-age-band = Kundi la umri
audit-field-arm = Kundi la utafiti
audit-field-birth-year = Mwaka wa kuzaliwa
audit-field-closures = Vipindi vya kufungwa
audit-field-cluster = Kikundi cha shule
audit-field-continues-remotely = Inaendelea kwa mbali wakati wa kufungwa
audit-field-from = Kuanzia
audit-field-id = Kitambulisho
audit-field-kind = Aina
audit-field-level = Ngazi
audit-field-levels = Ngazi
audit-field-locality = Eneo
audit-field-meetings-per-term = Mikutano kwa muhula
audit-field-members = Wanachama
audit-field-model = Mfumo wa utekelezaji
audit-field-ownership = Umiliki
audit-field-parent = Ngazi ya juu yake
audit-field-path = Mahali ilipo
audit-field-phases = Awamu
audit-field-programme = Programu
audit-field-qualification = Sifa za kitaaluma
audit-field-responses = Majibu
audit-field-started-teaching = Alianza kufundisha
audit-field-subject = Somo
audit-field-terms = Mihula
audit-field-to = Hadi
audit-field-toolkit = Kisanduku cha zana
audit-field-wave = Wimbi
audit-field-waves = Mawimbi

## Mkutano uliotumwa mara mbili

meeting-already-title = Mkutano huu tayari umehifadhiwa
meeting-already-text = Mkutano wa CoP hii katika siku hii ulihifadhiwa awali; hakuna kilichohifadhiwa mara mbili.
meeting-already-link = Tazama mkutano uliohifadhiwa

## Manenosiri

password-too-long = Nenosiri jipya linaweza kuwa na herufi zisizozidi 256.
password-guessable = Nenosiri jipya ni rahisi mno kukisia (ni nenosiri la kawaida, lina mfuatano, au linakaribiana na jina lako). Tumia maneno machache yasiyohusiana.

## Tokeni za API

tokens-title = Tokeni zako za API
tokens-intro = Tokeni huruhusu programu ya kompyuta au ya simu kutumia Pamoja kwa niaba yako. Batilisha tokeni usiyoitumia tena, au ambayo huenda imeonwa na mtu mwingine: itaacha kufanya kazi papo hapo.
tokens-none = Huna tokeni za API.
tokens-made = Iliundwa
tokens-ends = inaisha
tokens-works = inafanya kazi
tokens-expired = muda wake umekwisha
tokens-revoked = imebatilishwa
tokens-revoke = Batilisha

## Kalenda ya shule

calendar-title = Kalenda ya shule
calendar-intro = Miaka ya masomo, mihula yake na siku ambazo shule zimefungwa. Muhula huu, mikutano iliyopangwa na kipindi cha kila kiashiria hutokana nayo.
calendar-year = { $label }: { $period }
calendar-term = Muhula wa { $number }: { $period }
calendar-closure = { $name }: { $period }
calendar-none = Bado hakuna mwaka wa masomo uliowekwa. Ongeza wa kwanza hapa chini.
calendar-add = Ongeza mwaka wa masomo
calendar-problems = Mwaka haukuongezwa. Tafadhali sahihisha kilichowekwa alama hapa chini.
calendar-label = Jina la mwaka (kwa mfano 2026-27)
calendar-starts = Siku ya kwanza ya mwaka
calendar-ends = Siku ya mwisho ya mwaka
calendar-term-n = Muhula wa { $number }
calendar-closure-n = Kufungwa kwa { $number } (ikiwa kupo)
calendar-closure-name = Sababu ya kufunga shule (kwa mfano mvua kubwa)
calendar-from = Kuanzia
calendar-to = Hadi
calendar-save = Ongeza mwaka
calendar-added = Mwaka umeongezwa. Mihula yake sasa ndiyo huamua muhula huu na mikutano iliyopangwa.
calendar-closure-added = Kufungwa kumeongezwa; mikutano iliyopangwa inafuata.
calendar-add-closure = Ongeza kipindi cha kufungwa kwa { $label }
calendar-closure-save = Ongeza kipindi cha kufungwa
audit-closure-added = Kipindi cha kufungwa kimeongezwa
