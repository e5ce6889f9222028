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
why-account-yourself = Nenosiri lako mwenyewe hubadilishwa kwenye ukurasa wa akaunti yako.
why-account-outside = Mtu huyu anafanya kazi nje ya maeneo unayobadilisha rejista.
why-account-no-grant = Hakuna nafasi yako inayotoa akaunti za kuingia mahali mtu huyu anapofanya kazi.
why-account-post = Mtu huyu ana nafasi ya { $role }, ambayo huwezi kuitoa: mtu aliye juu yako ndiye anayetengeneza au kuweka upya akaunti yake.

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

# Reasons: why a field, a row or a write is refused (the code gives them as `why("why-…")`).
why-empty = haina kitu
why-too-long = ina herufi { $length }; zinazoruhusiwa ni { $max } tu
why-control-character = ina herufi ya udhibiti { $character }; iandike upya bila hiyo
why-direction-character = ina { $character }, inayobadilisha mwelekeo wa maandishi; iandike upya bila hiyo
why-code-character = ina { $character }; tumia herufi, tarakimu, '-', '_', '.' au '/'
why-not-one-of = { $value } si mojawapo ya: { $allowed }
why-listed-twice = { $value } imeorodheshwa mara mbili
why-cluster-size = ina shule { $n }; kikundi cha shule kina shule 2 hadi 8 (vikundi vya nyaraka za msingi vina 4-5)
why-not-a-year = { $value } si mwaka
why-year-outside = { $year } iko nje ya { $earliest }-{ $latest }
why-subject-slug = { $value } si msimbo wa somo (herufi, tarakimu na '-', zikitenganishwa kwa ';')
why-phone = { $value } si namba ya simu (tarakimu 7 hadi 15)
why-started-young = { $started } ni kabla mtu huyu hajatimiza miaka 15 (alizaliwa { $born })
why-ends-before-start = { $to } ni kabla ya mwanzo, { $from }
why-not-a-date = { $value } si tarehe; iandike hivi: MMMM-MM-SS (mwaka-mwezi-siku)
why-date-years = { $day } haiko katika mwaka kati ya { $first } na { $last }
why-held-at-unit = wadhifa huu unashikiliwa katika eneo la kiutawala (tarafa, wilaya, nchi), si hapa
why-held-at-school = wadhifa huu unashikiliwa shuleni, si hapa
why-held-at-cluster = wadhifa huu unashikiliwa katika kikundi cha shule, si hapa
why-post-place-missing = taja eneo, shule au kikundi cha shule ambapo wadhifa unashikiliwa
why-post-place-twice = taja kimoja tu: eneo, shule au kikundi cha shule
why-post-one-subject = wadhifa una somo moja tu
why-post-subject-missing = kiongozi wa somo huongoza somo moja; litaje
why-post-no-subject = wadhifa huu hauna somo (imetolewa: { $subject })
why-programme-subjects = taja angalau somo moja, kwa mfano maths;english
why-outside-range = { $value } iko nje ya { $min }-{ $max }
why-year-ends-first = mwaka lazima uishe baada ya kuanza
why-term-outside = muhula wa { $n } ({ $from } hadi { $to }) lazima uwe ndani ya mwaka, baada ya muhula uliotangulia
why-closure-outside = kufungwa { $name } ({ $from } hadi { $to }) lazima kuwe ndani ya mwaka
why-not-whole = { $value } si namba kamili
why-not-a-number = { $value } si namba
why-minutes-range = { $value } iko nje ya dakika 10 hadi 600
why-agenda-item = taja shughuli ya mwongozo au changamoto, kimoja
why-agenda-empty = orodhesha angalau jambo moja la ajenda
why-formats-empty = orodhesha angalau mtindo mmoja wa majadiliano
why-attendance-empty = orodhesha waliohudhuria (angalau mwezeshaji, yupo)
why-not-present = { $person } hajaorodheshwa kuwa yupo
why-guests-twice = { $value } imeorodheshwa mara mbili; toa idadi moja
why-point-description = eleza kinachopaswa kufanywa
why-point-owner = taja mtu anayehusika na hatua ya utekelezaji
why-due-before-meeting = { $due } ni kabla ya mkutano wa { $held }
why-unknown-role = { $value } si jukumu; majukumu ni: { $allowed }
why-code-taken = { $code } tayari ipo
why-outside-scope = { $record } iko nje ya eneo lako la mamlaka
why-twice-in-file = { $record } inaonekana mara mbili kwenye faili
why-username-spaces = toa jina la mtumiaji lisilo na nafasi
why-at-most = tumia herufi zisizozidi { $max }
why-no-person = hakuna mtu { $code }
why-username-taken-or-held = { $username } limeshachukuliwa, au mtu huyu tayari ana akaunti ya kuingia
why-token-days = tokeni hudumu siku 1 hadi { $max }, si { $days }
why-account-exists = { $name } tayari anaingia kama { $username }; badala yake weka upya nenosiri lake
why-username-taken = { $username } limeshachukuliwa; chagua jingine
why-account-missing = { $name } bado hana akaunti ya kuingia; mtengenezee
why-grant-role = huwezi kutoa wadhifa wa { $role }: hakuna wadhifa wako unaoruhusu
why-grant-place = unaweza kutoa wadhifa wa { $role } tu pale nyadhifa zako zinapokuruhusu kubadilisha sajili
why-grant-yourself = huwezi kujipa au kubadilisha nyadhifa zako mwenyewe; muombe aliye juu yako
why-grant-level = wadhifa wa { $role } hushikiliwa chini ya mahali pa wadhifa wako, si hapo hapo
why-not-registered = { $code } haijasajiliwa
why-answered-elsewhere = { $person } tayari amejibu kwa shule { $school }, iliyo nje ya eneo lako la mamlaka
why-response-twice = { $person } anaonekana mara mbili (pia jibu la { $n })
why-page-too-far = ukurasa wa { $page } wa { $per_page } unapita orodha ndefu kuliko zote zinazowezekana
why-post-twice = wadhifa uleule ({ $person } kama { $role } katika { $place } tangu { $from }) unaonekana mara mbili kwenye faili
why-no-person-here = hakuna mtu { $code } katika eneo lako la mamlaka
why-cannot-move = { $code } iko katika { $place }; kuihamishia kwingine hakuwezekani
why-not-under = { $code } haiko chini ya eneo { $unit }
why-in-other-cluster = { $code } tayari iko katika kikundi cha shule { $cluster } cha mpango { $programme }
why-levels-set = ngazi tayari zimewekwa; haziwezi kubadilika maeneo yakishakuwepo
why-no-parent = { $code } haijasajiliwa (eneo mzazi lazima liwepo au lije mapema kwenye faili)
why-wrong-level = { $level } si ngazi ya kina hiki; ilitarajiwa { $expected }
why-below-levels = { $level } iko chini ya ngazi ya chini kabisa, { $lowest }
why-model-fixed = mpango tayari una CoP; mtindo wake wa utekelezaji hauwezi kubadilika
why-year-taken = mwaka { $year } tayari upo
why-no-year = hakuna mwaka wa masomo { $year }
why-closure-name = eleza kwa nini shule zinafungwa (mvua kubwa, uchaguzi…)
why-closure-in-year = kufungwa lazima kuwe ndani ya { $year } ({ $from } hadi { $to })
why-wave = { $code } iko katika awamu ya { $wave }, lakini mpango una awamu { $waves }
why-left-before-joined = { $left } ni kabla ya tarehe ya kujiunga, { $joined }
why-not-programme-subject = { $subject } si somo la { $programme } ({ $allowed })
why-give-cluster = { $programme } ni wa vikundi vya shule: taja kikundi cha shule
why-give-school = { $programme } ni wa kila shule: taja shule na somo
why-cop-exists = { $code } tayari ina CoP ya { $programme }
why-cop-exists-for = { $code } tayari ina CoP ya { $programme } ya { $subject }
why-member-not-guest = { $person } ni mwanachama wa CoP hii, si mgeni
why-visit-recorded = ziara ya { $day } tayari imerekodiwa, matokeo: { $finding }
why-visit-not-after = { $day } si baada ya ziara ya mwisho, ya { $last }
why-point-closed = tayari imefuatiliwa na kufungwa tarehe { $closed }
why-visit-future = { $day } ni siku zijazo; rekodi ziara baada ya kufanyika
why-visit-before-meeting = { $day } ni kabla ya mkutano wa { $held }
why-new-due-date = hatua isiyokamilika inahitaji tarehe mpya ya mwisho, itakapotembelewa tena
why-due-after-visit = { $due } lazima iwe baada ya ziara ya { $day }, ndani ya mwaka mmoja
why-no-term = mwaka { $year } hauna muhula wa { $n }
why-between-terms = { $day } haiko katika muhula: iko kati ya muhula unaoisha { $ends } na ule unaoanza { $starts }
why-before-terms = { $day } haiko katika muhula: muhula wa kwanza uliowekwa unaanza { $starts }
why-after-terms = { $day } haiko katika muhula: muhula wa mwisho uliowekwa unaisha { $ends }; msimamizi wa kitaifa huongeza mwaka unaofuata kwenye ukurasa wa kalenda
why-no-terms = { $day } haiko katika muhula: hakuna mwaka wa masomo uliowekwa bado; msimamizi wa kitaifa huuongeza kwenye ukurasa wa kalenda
why-meeting-future = { $day } ni siku zijazo; rekodi mkutano baada ya kufanyika
why-before-wave = { $day } ni kabla CoP haijaanza ({ $starts }, awamu yake ya utekelezaji)
why-give-guest-role = { $person } si mwanachama wa CoP hii; taja nafasi yake kama mgeni
why-no-activity = hakuna shughuli { $code } katika mwongozo wa mpango
why-owner-absent = { $person } si mwanachama wala hakuwa kwenye mkutano
why-meeting-recorded = mkutano wa CoP hii wa { $day } tayari umerekodiwa
why-edit-not-yours = ni aliyerekodi mkutano huu tu, au mwalimu mkuu wa shule yake, anayeweza kuusahihisha
why-edit-too-late = ilirekodiwa zaidi ya siku { $days } zilizopita: sasa afisa ufuatiliaji na tathmini wa kitaifa ndiye anayeisahihisha
why-points-followed-up = hatua za utekelezaji za mkutano huu zimeshafuatiliwa; zinabaki zilivyo, hivyo zitume bila kubadilisha
why-other-meeting-that-day = mkutano mwingine wa CoP hii umerekodiwa siku hiyo
why-visit-that-day = ziara ya siku hiyo tayari imerekodiwa
why-post-held-from = mtu huyu tayari anashikilia wadhifa huu tangu tarehe hii
why-required = inahitajika
why-not-json = maudhui ya ombi si JSON: { $error }
why-as-given = { $text }
why-cop-place = taja shule (pamoja na somo) au kikundi cha shule
why-membership-ended = { $person } alikuwa mwanachama hadi { $left }; uanachama ukishaisha haufunguliwi tena
why-already-member = { $person } tayari ni mwanachama
why-not-member = { $person } si mwanachama
why-not-minutes = { $value } si idadi kamili ya dakika
why-edit-not-now = si jukumu lako kusahihisha mkutano huu sasa
why-out-of-range = { $value } iko nje ya kiwango: toa { $min } hadi { $max }
why-not-this-record = { $given } si { $record }, rekodi inayotajwa na anwani hii; acha { $field } au toa ileile
why-year-name = upe mwaka jina, kwa mfano 2026-27
why-first-term = taja angalau tarehe za muhula wa kwanza
# Ripoti ya utafiti (crates/analysis): vichwa, majaribio, mbinu na maelezo. Majina ya majaribio
# (Spearman, Cronbach, Mann–Whitney), alama (ρ, α, χ², U, z, p, n) na namba za tanbihi hubaki kama zilivyo.
tlt-title = Teachers Learning Together: uchambuzi ({ $round })
tlt-covers = { $rounds ->
    [one] Awamu ya utafiti
   *[other] Awamu za utafiti
} { $codes } ({ $teachers ->
    [one] mwalimu { $teachers_shown }
   *[other] walimu { $teachers_shown }
} katika { $schools ->
    [one] shule { $schools_shown }
   *[other] shule { $schools_shown }
}).
tlt-covers-country = { $rounds ->
    [one] Awamu ya utafiti
   *[other] Awamu za utafiti
} { $codes } ({ $teachers ->
    [one] mwalimu { $teachers_shown }
   *[other] walimu { $teachers_shown }
} katika { $schools ->
    [one] shule { $schools_shown }
   *[other] shule { $schools_shown }
}), nchi: { $country }.
tlt-label-test = Jaribio la kitakwimu
tlt-label-method = Mbinu
tlt-label-missing = Data zinazokosekana
tlt-model-cluster = CoP za vikundi vya shule (Kenya)
tlt-model-school = CoP za shuleni (Rwanda)
tlt-too-few = safu ni chache mno: zinahitajika angalau safu kamili { $need }, na zimebaki { $have } baada ya kuondoa thamani zinazokosekana
tlt-constant = { $column } ni sawa kwa wote ({ $value }), kwa hiyo haiwezi kukokotolewa
tlt-undefined = haijafafanuliwa kwa data hizi ({ $detail })
tlt-not-computed = Haikukokotolewa: { $why }
tlt-no-answers = hakuna majibu
tlt-listwise = Uondoaji kwa mjibuji mzima (listwise): mjibuji aliyekosa kujibu kipengele chochote cha fahirisi, au kigeu chochote kati ya viwili vya jaribio, anaachwa nje
tlt-listwise-end = .
tlt-listwise-complete = ; n ni idadi ya wajibuji waliojibu kikamilifu.
tlt-listwise-school = ; shule inahesabiwa iwapo angalau mwalimu wake mmoja ana vyote viwili.
tlt-listwise-changed = ; walimu ambao alama zao hazikubadilika wanaachwa nje.
tlt-listwise-panel = ; ni walimu waliohojiwa katika awamu zote mbili pekee.
tlt-col-model = Mfumo wa utekelezaji
tlt-col-index = Fahirisi
tlt-col-ci-low = Kikomo cha chini (uhakika wa 95%)
tlt-col-ci-high = Kikomo cha juu (uhakika wa 95%)
tlt-col-schools = shule katika sampuli
tlt-col-improved-kept = Walioimarika, waliendelea na WhatsApp
tlt-col-improved-not = Walioimarika, hawakuendelea
tlt-col-df = df
tlt-col-cramer = V ya Cramér
tlt-col-n1 = N1 (walioimarika)
tlt-col-n2 = N2 (walioshuka)
tlt-col-p-method = Njia ya kukokotoa p
tlt-col-term = Kigeu
tlt-col-estimate = Makadirio
tlt-col-std-error = Kosa sanifu
tlt-descriptive = Takwimu za maelezo: asilimia
tlt-profile-method = Asilimia ya walimu waliojibu kipengele waliochagua kila jibu (wanaweza kuchagua zaidi ya moja).
tlt-profile-missing = Walimu ambao hawakujibu kipengele hawahesabiwi katika asilimia zake.
tlt-table-3-title = Jedwali la 3: nani anaongoza na nani anawezesha mikutano ya CoP
tlt-table-4-title = Jedwali la 4: jinsi majadiliano yanavyopangwa
tlt-table-5-title = Jedwali la 5: ushiriki wa walimu katika kuamua jinsi mikutano ya CoP inavyoendeshwa
tlt-table-5-method = Asilimia ya walimu waliojibu 'ndiyo': walimu hushiriki kuamua jambo hili la mikutano.
tlt-alpha-title = Uthabiti wa kila fahirisi (α ya Cronbach)
tlt-alpha-test = α ya Cronbach pamoja na kipindi cha uhakika cha 95% cha Feldt (kama pingouin)
tlt-alpha-method = Vipengele vimepimwa 1–5 (TSES 1–9); vipengele vya kinyume vimegeuzwa kabla ya kukokotoa alama.
tlt-alpha-facilitation = Uwezeshaji (vipengele 5, tanbihi 22)
tlt-alpha-impact = Athari ya CoP (vipengele 10, tanbihi 23)
tlt-alpha-ht = Ushiriki wa mwalimu mkuu (vipengele 2)
tlt-alpha-ssl = Ushiriki wa kiongozi wa somo shuleni (vipengele 2)
tlt-alpha-tses = TSES (vipengele 12)
tlt-alpha-kap = Kujitathmini kwa KAP (vipengele 12, 1 cha kinyume)
tlt-t6-title = Jedwali la 6: athari ya CoP kama inavyoonwa na walimu, na uwezeshaji
tlt-t6-test = Uwiano wa daraja wa Spearman, wa pande mbili (tanbihi 24: data za zana ya CoP ni za mpangilio)
tlt-t6-method = Fahirisi ya uwezeshaji inatokana na vipengele 5 vya tanbihi 22, na fahirisi ya athari ya CoP inatokana na vipengele 10 vya tanbihi 23; kila moja imekokotolewa kama wastani sahili na pia kama kijenzi kikuu cha kwanza cha matriki ya uwiano wa vipengele (tanbihi 21).
tlt-t6-average = wastani sahili
tlt-t6-pca = PCA, kijenzi cha kwanza
tlt-t6-facilitation = fahirisi ya uwezeshaji
tlt-t6-impact = fahirisi ya athari ya CoP
tlt-t6-facilitation-pca = uwezeshaji (PCA)
tlt-t6-impact-pca = athari ya CoP (PCA)
tlt-t6-explained = { $model }: kijenzi cha kwanza kinaeleza { $facilitation }% ya mtawanyiko wa vipengele vya uwezeshaji na { $impact }% ya ule wa vipengele vya athari.
tlt-spearman = Uwiano wa daraja wa Spearman, wa pande mbili
tlt-impact = Athari ya CoP
tlt-impact-school = Athari ya CoP (wastani wa shule)
tlt-school-method = { $index }: wastani sahili wa vipengele vyake; athari ya CoP: wastani sahili wa vipengele 10 vya athari. Alama za walimu zinachukuliwa wastani kwa kila shule (tanbihi 25), kwa hiyo n inahesabu shule.
tlt-table-7-title = Jedwali la 7: ushiriki wa mwalimu mkuu na athari ya CoP, kwa shule
tlt-table-7-label = Ushiriki wa mwalimu mkuu
tlt-table-10-title = Jedwali la 10: kuridhika na mkufunzi wa ufundishaji na athari ya CoP, kwa shule
tlt-table-10-label = Kuridhika na mkufunzi
tlt-t8-9-title = Majedwali ya 8–9: mtindo wa uongozi na utendaji wa CoP
tlt-tiers-method = Viwango vya utendaji wa CoP: theluthi (ukadiriaji wa kimstari, aina ya 7 ya numpy) za wastani wa alama ya athari ya CoP wa kila shule, katika shule { $schools }: chini ≤ { $q1 } < kati ≤ { $q2 } < juu. Mtindo wa uongozi kulingana na majibu ya mwalimu: wa kuelekeza wakati wastani wa ushiriki na mrejesho wa kiongozi ni ≥ 4 (mara nyingi/kila mara), shirikishi wakati ni ≤ 2 (mara chache/kamwe). Kila kisanduku kinahusisha viashiria viwili vya 0/1 vya walimu.
tlt-tiers-test = Uwiano wa daraja wa Spearman, wa pande mbili (tanbihi 26)
tlt-tier-high = CoP zenye utendaji wa juu
tlt-tier-low = CoP zenye utendaji wa chini
tlt-table-8-title = Jedwali la 8: mtindo wa uongozi wa mwalimu mkuu na utendaji wa CoP
tlt-table-8-directive = Mwalimu mkuu anayeelekeza
tlt-table-8-distributed = Mwalimu mkuu shirikishi
tlt-table-9-title = Jedwali la 9: mtindo wa uongozi wa kiongozi wa somo shuleni na utendaji wa CoP
tlt-table-9-directive = Kiongozi wa somo anayeelekeza
tlt-table-9-distributed = Kiongozi wa somo shirikishi
tlt-endline-title = Majaribio ya utafiti wa mwisho
tlt-endline-method = Majaribio kuhusu kufungwa kwa shule (WhatsApp, uzoefu wa awali wa CoP), urejeshi wa kundi la mpango dhidi ya kundi linganishi, na tofauti-katika-tofauti ya mawimbi ya utekelezaji yanahitaji awamu ya utafiti wa awali na awamu ya utafiti wa mwisho za mpango uleule.
tlt-endline-none = Bado hakuna awamu ya utafiti wa mwisho.
tlt-quality = ubora wa ufundishaji
tlt-improved = walioimarika
tlt-reduced = walioshuka
tlt-school = shule
tlt-teacher = mwalimu
tlt-whatsapp-kept = WhatsApp wakati wa kufungwa kwa shule
tlt-whatsapp-title = Matumizi ya WhatsApp wakati wa kufungwa kwa shule na mabadiliko ya ubora wa ufundishaji
tlt-whatsapp-test = Jaribio la khi-mraba la kutotegemeana, pamoja na marekebisho ya Yates kwa jedwali la 2×2 (kama scipy), na V ya Cramér
tlt-whatsapp-method = Safu mlalo: waliendelea kutumia kikundi cha WhatsApp cha CoP wakati shule zilipofungwa (utafiti wa mwisho). Safu wima: ubora wa ufundishaji uliimarika au ulishuka kati ya utafiti wa awali na utafiti wa mwisho (alama ya TEACH).
tlt-prior-title = Uzoefu wa CoP kabla ya kufungwa kwa shule kama msaada wa kurejesha ujifunzaji wa wanafunzi, kwa mabadiliko ya ubora wa ufundishaji
tlt-prior-test = U ya Mann–Whitney, ya pande mbili (mbinu 'auto' ya scipy: kamili wakati kundi lina thamani ≤ 8 na hakuna thamani zinazolingana; vinginevyo ukadiriaji kwa mgawanyo wa kawaida pamoja na marekebisho ya thamani zinazolingana na ya mwendelezo)
tlt-prior-method = Kiwango cha kukubali (1–5) kwamba uzoefu wa mwalimu katika CoP kabla ya kufungwa kwa shule ulimsaidia kusaidia wanafunzi kurejesha ujifunzaji (utafiti wa mwisho), kwa walimu ambao ubora wa ufundishaji wao uliimarika (N1) dhidi ya wale ambao ulishuka (N2). U ni min(U1, U2) na z ni ile ya SPSS (bila marekebisho ya mwendelezo), kama ripoti asili ya utafiti inavyoziripoti.
tlt-p-exact = kamili
tlt-p-asymptotic = asimptotiki
tlt-term-treatment-endline = mpango × utafiti wa mwisho
tlt-term-endline = utafiti wa mwisho
tlt-term-female = mwanamke
tlt-term-experience = uzoefu (miaka)
tlt-term-degree = shahada
tlt-regression-title = Kundi la mpango dhidi ya kundi linganishi: ubora wa ufundishaji ({ $model })
tlt-regression-test = OLS yenye athari zisizobadilika za shule (zilizofyonzwa) na makosa sanifu yanayozingatia makundi, makundi yakiwa shule (CR1, kama statsmodels)
tlt-regression-method = Alama ya TEACH (0–5) katika utafiti wa awali na utafiti wa mwisho, zikiunganishwa pamoja. 'mpango × utafiti wa mwisho' ni athari ya mpango; athari za shule zinafyonza kundi lenyewe (la mpango au linganishi). Vidhibiti: jinsia, miaka ya uzoefu, kuwa na shahada.
tlt-regression-note = N = { $n } vipimo vya mwalimu kwa awamu, K = { $k } (pamoja na athari { $effects } za shule), makundi { $clusters }; p kutoka t({ $dof }).
tlt-regression-dropped = { " " }Vimeondolewa kwa kutegemeana kimstari: { $terms }.
tlt-did-title = Mawimbi ya utekelezaji: tofauti-katika-tofauti ya ubora wa ufundishaji ({ $model })
tlt-did-test = Athari zisizobadilika za pande mbili (mwalimu na awamu ya utafiti), makosa sanifu yanayozingatia makundi, makundi yakiwa walimu (CR1), p kutoka t(G − 1)
tlt-did-method = Alama ya TEACH (0–5). Mwalimu anahesabiwa kuwa amepata mpango kuanzia awamu ya kwanza ya utafiti iliyofanyika wimbi la utekelezaji la shule yake lilipoanza au baadaye; uchambuzi wa tukio unakadiria athari kwa idadi ya awamu tangu hapo, awamu iliyotangulia ikiwa ndiyo kigezo cha kulinganisha.
tlt-did-treated = amepata mpango (wimbi limeanza)
tlt-did-event = uchambuzi wa tukio: awamu { $rounds } tangu wimbi la utekelezaji lianze
tlt-did-note = N = { $n } vipimo vya mwalimu kwa awamu, walimu { $teachers }, awamu { $rounds }.
tlt-did-caveat = Tahadhari: Mawimbi yanapoanza kwa nyakati tofauti, makadirio ya athari zisizobadilika za pande mbili ni wastani wa kila ulinganisho ulio katika data, ukiwemo ule ambapo vitengo vilivyokwisha kupata mpango vinatumiwa kama kundi linganishi la mawimbi ya baadaye; athari zikibadilika kadiri muda tangu kuanza unavyopita, makadirio hayo yanaweza kupotoka (Goodman-Bacon 2021). Yasome pamoja na uchambuzi wa tukio.
why-in-field = { $field }: { $reason }
why-file-kind = { $file }: tumia faili la .csv au .xlsx
why-file-empty = faili ni tupu; mstari wa kwanza lazima utaje safuwima
why-file-empty-sheet = laha ni tupu; safu ya kwanza lazima itaje safuwima
why-file-unreadable = haisomeki kama { $format }: { $detail }
why-file-too-big = kitabu cha kazi kikifunguliwa ni MB { $size }, zaidi ya kikomo cha MB { $limit }; hifadhi laha kama CSV badala yake
why-file-no-sheet = kitabu cha kazi hakina laha yoyote
why-file-left-of-heading = kuna thamani upande wa kushoto wa kichwa cha safuwima ya kwanza (safuwima { $column }); ihamishe chini ya kichwa
why-file-too-wide = laha inatumia safuwima { $column }, zaidi ya { $limit } ambazo faili la Pamoja linaruhusiwa
why-file-no-column = hakuna safuwima '{ $column }'; safuwima zilizopo ni: { $columns }
why-file-not-number = safuwima '{ $column }': '{ $value }' si namba (acha kisanduku kitupu au andika NA kama thamani haipo)
why-file-cells-short = mstari una visanduku { $cells }; kichwa kinataja { $columns }
why-file-cells-long = mstari una visanduku vingi kuliko safuwima { $columns } zilizotajwa kwenye kichwa
why-file-unknown-column = safuwima isiyojulikana "{ $column }"; faili za { $kind } zina safuwima { $columns }
why-file-repeated-column = safuwima "{ $column }" imetokea mara mbili
why-file-missing-column = safuwima "{ $column }" haipo; faili za { $kind } zina safuwima { $columns }
why-survey-no-id = hakuna safuwima { $column }; kila mstari lazima useme ni mwalimu yupi na shule ipi iliyojibu
why-survey-no-items = hakuna safuwima inayotaja swali la { $instrument }; je, hiki ndicho chombo sahihi?
why-survey-empty = { $column } ni tupu
why-survey-answered = mwalimu { $teacher } alishajibu kwenye mstari { $line }

# Words of the registry's vocabulary shown where a record's values are (the changes page).
gender-female = Mwanamke
gender-male = Mwanamume
gender-other = Nyingine
model-school-based = Ndani ya shule
model-cluster-based = Kwa kundi la shule
arm-treatment = Kundi la mpango
arm-control = Kundi linganishi
subject-english = Kiingereza
subject-maths = Hisabati
subject-literacy = Kusoma na kuandika
subject-kinyarwanda = Kinyarwanda
subject-kiswahili = Kiswahili
subject-french = Kifaransa
subject-science = Sayansi
level-country = Nchi
level-province = Mkoa
level-district = Wilaya
level-sector = Sekta
level-county = Kaunti
level-sub-county = Kaunti ndogo
