package uk.takingpart.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Demonstration content for an empty catalogue: areas and activities in English and Welsh, with
 * every date set relative to the moment of loading so the demo always looks current. One
 * activity deliberately has only a Welsh title and summary, to show the English fallback.
 */
final class DemoActivities {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The demo's own area: when it exists, the demo content has been loaded. */
    private static final String MARKER_AREA = "whole-region";
    private static final String IMAGES = "/images/easy-read/";

    private static final String ONLINE_EN = "Online (Microsoft Teams). We send the joining link when you book.";
    private static final String ONLINE_CY =
            "Ar-lein (Microsoft Teams). Rydyn ni’n anfon y ddolen ymuno pan fyddwch chi’n archebu.";
    private static final String OR_ONLINE_EN = ", or online (Microsoft Teams). We send the joining link when you book.";
    private static final String OR_ONLINE_CY =
            ", neu ar-lein (Microsoft Teams). Rydyn ni’n anfon y ddolen ymuno pan fyddwch chi’n archebu.";

    private final AreaRepository areas;
    private final ActivityRepository activities;

    DemoActivities(AreaRepository areas, ActivityRepository activities) {
        this.areas = areas;
        this.activities = activities;
    }

    /** Saves the demo areas and activities unless they are there already; returns how many were saved. */
    int load(Instant now) {
        if (areas.findByCode(MARKER_AREA).isPresent()) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, LONDON);

        Area cardiff = areas.save(area("cardiff", "Cardiff", "Caerdydd"));
        Area vale = areas.save(area("vale-of-glamorgan", "Vale of Glamorgan", "Bro Morgannwg"));
        Area swansea = areas.save(area("swansea", "Swansea", "Abertawe"));
        Area neathPortTalbot = areas.save(area("neath-port-talbot", "Neath Port Talbot", "Castell-nedd Port Talbot"));
        Area region = areas.save(area(MARKER_AREA, "Across the region", "Ar draws y rhanbarth"));

        List<Activity> demo = new ArrayList<>();
        demo.addAll(consultations(today, vale, swansea, region));
        demo.addAll(timeToListen(today, cardiff, vale, region));
        demo.addAll(events(today, vale, swansea, neathPortTalbot, region));

        for (Activity activity : demo) {
            activities.save(activity);
        }
        return demo.size();
    }

    // ---------------------------------------------------------------- consultations, one per stage

    private static List<Activity> consultations(LocalDate today, Area vale, Area swansea, Area region) {
        Activity minorInjuries = new Draft(today, "future-of-minor-injury-units", ActivityType.CONSULTATION,
                Topic.HOSPITAL_SERVICES, region, LadderLevel.ENGAGE, Audience.EVERYONE, Audience.PATIENTS_AND_CARERS)
                .consultation(Stage.CASE_FOR_CHANGE, 21, 77)
                .published(-3, 10, 0)
                .picture("hospital.svg")
                .english(new ActivityText(
                        "The future of minor injury units",
                        "We are starting to look at how minor injury units work across the region. "
                                + "Tell us what matters to you before we write any options.",
                        paragraphs(
                                "Minor injury units treat cuts, sprains, small burns and broken bones that are not "
                                        + "serious. We have four units across the region. Some are very busy, and some "
                                        + "open for fewer hours because we cannot find enough staff.",
                                "Before we decide whether anything needs to change, we want to understand how people "
                                        + "use these units today, how they get there and what works well.",
                                "This is the first stage. Nothing has been decided. What you tell us will help us "
                                        + "write the case for change, and we will tell you what we heard.",
                                "This stage opens on the date shown. You can sign up now to hear when it starts."),
                        null,
                        lines(
                                "We run places that treat small injuries.",
                                "We want to know how you use them.",
                                "Nothing has been decided.",
                                "You can tell us what matters to you."),
                        "A hospital building with a red cross on the front."))
                .welsh(new ActivityText(
                        "Dyfodol unedau mân anafiadau",
                        "Rydyn ni’n dechrau edrych ar sut mae unedau mân anafiadau yn gweithio ar draws y rhanbarth. "
                                + "Dywedwch wrthon ni beth sy’n bwysig i chi cyn i ni ysgrifennu unrhyw opsiynau.",
                        paragraphs(
                                "Mae unedau mân anafiadau yn trin briwiau, ysigiadau, mân losgiadau ac esgyrn wedi "
                                        + "torri nad ydyn nhw’n ddifrifol. Mae gennyn ni bedair uned ar draws y "
                                        + "rhanbarth. Mae rhai yn brysur iawn, ac mae rhai ar agor am lai o oriau am "
                                        + "nad ydyn ni’n gallu dod o hyd i ddigon o staff.",
                                "Cyn i ni benderfynu a oes angen newid unrhyw beth, rydyn ni eisiau deall sut mae "
                                        + "pobl yn defnyddio’r unedau hyn heddiw, sut maen nhw’n cyrraedd yno a beth "
                                        + "sy’n gweithio’n dda.",
                                "Dyma’r cam cyntaf. Does dim byd wedi’i benderfynu. Bydd yr hyn rydych chi’n ei "
                                        + "ddweud wrthon ni yn ein helpu i ysgrifennu’r achos dros newid, a byddwn ni’n "
                                        + "dweud wrthoch chi beth glywson ni.",
                                "Mae’r cam hwn yn agor ar y dyddiad a ddangosir. Gallwch gofrestru nawr i gael "
                                        + "gwybod pan fydd yn dechrau."),
                        null,
                        lines(
                                "Rydyn ni’n rhedeg lleoedd sy’n trin anafiadau bach.",
                                "Rydyn ni eisiau gwybod sut rydych chi’n eu defnyddio.",
                                "Does dim byd wedi’i benderfynu.",
                                "Gallwch ddweud wrthon ni beth sy’n bwysig i chi."),
                        "Adeilad ysbyty gyda chroes goch ar y blaen."))
                .build();

        Activity crisisSupport = new Draft(today, "young-peoples-mental-health-crisis-support",
                ActivityType.CONSULTATION, Topic.MENTAL_HEALTH, region, LadderLevel.CO_DESIGN,
                Audience.YOUNG_PEOPLE, Audience.PARENT_CARERS)
                .consultation(Stage.PRE_CONSULTATION, -14, 28)
                .published(-15, 11, 0)
                .picture("talk.svg")
                .english(new ActivityText(
                        "Mental health crisis support for young people",
                        "Help us design better support for young people aged 11 to 25 who are in a mental health "
                                + "crisis, before we consult on the options.",
                        paragraphs(
                                "When a young person is in a mental health crisis, they and their family need help "
                                        + "quickly, from people who understand. Young people have told us that waiting "
                                        + "in an emergency department is frightening, and that they often do not know "
                                        + "who to call out of hours.",
                                "We have some early ideas, including a 24-hour phone line run with young people, a "
                                        + "safe place to go in the evenings, and crisis workers who can visit at home. "
                                        + "We want to design the options with you before any formal consultation.",
                                "You can fill in a short online form, or join a workshop with our youth workers. "
                                        + "Young people who take part will get a voucher to thank them for their time.",
                                "If you need support now, call NHS 111 and choose option 2."),
                        null,
                        lines(
                                "Some young people feel very unwell in their mind.",
                                "They need help quickly.",
                                "We want to plan better help with you.",
                                "Tell us your ideas."),
                        "Two people with speech bubbles, talking to each other."))
                .welsh(new ActivityText(
                        "Cymorth mewn argyfwng iechyd meddwl i bobl ifanc",
                        "Helpwch ni i gynllunio cymorth gwell i bobl ifanc rhwng 11 a 25 oed sydd mewn argyfwng "
                                + "iechyd meddwl, cyn i ni ymgynghori ar yr opsiynau.",
                        paragraphs(
                                "Pan fydd person ifanc mewn argyfwng iechyd meddwl, mae angen help cyflym ar y "
                                        + "person ifanc a’r teulu, gan bobl sy’n deall. Mae pobl ifanc wedi dweud "
                                        + "wrthon ni fod aros mewn adran achosion brys yn codi ofn arnyn nhw, ac yn aml "
                                        + "nad ydyn nhw’n gwybod pwy i’w ffonio y tu allan i oriau arferol.",
                                "Mae gennyn ni rai syniadau cynnar, gan gynnwys llinell ffôn 24 awr sy’n cael ei "
                                        + "rhedeg gyda phobl ifanc, lle diogel i fynd gyda’r nos, a gweithwyr argyfwng "
                                        + "sy’n gallu ymweld â’r cartref. Rydyn ni eisiau cynllunio’r opsiynau gyda chi "
                                        + "cyn unrhyw ymgynghoriad ffurfiol.",
                                "Gallwch lenwi ffurflen fer ar-lein, neu ymuno â gweithdy gyda’n gweithwyr "
                                        + "ieuenctid. Bydd pobl ifanc sy’n cymryd rhan yn cael taleb i ddiolch iddyn "
                                        + "nhw am eu hamser.",
                                "Os oes angen cymorth arnoch chi nawr, ffoniwch GIG 111 a dewis opsiwn 2."),
                        null,
                        lines(
                                "Mae rhai pobl ifanc yn teimlo’n sâl iawn yn eu meddwl.",
                                "Mae angen help arnyn nhw yn gyflym.",
                                "Rydyn ni eisiau cynllunio help gwell gyda chi.",
                                "Dywedwch wrthon ni am eich syniadau."),
                        "Dau berson â swigod siarad, yn siarad â’i gilydd."))
                .build();

        Activity gpAppointments = new Draft(today, "gp-evening-and-saturday-appointments", ActivityType.CONSULTATION,
                Topic.PRIMARY_CARE, vale, LadderLevel.CONSULT, Audience.EVERYONE, Audience.PATIENTS_AND_CARERS)
                .consultation(Stage.OPEN_CONSULTATION, -35, 49)
                .published(-36, 14, 0)
                .picture("survey.svg")
                .english(new ActivityText(
                        "GP appointments in the evening and on Saturdays",
                        "We want to offer GP appointments in the evening and on Saturday mornings in the Vale of "
                                + "Glamorgan. Tell us which option would work best for you.",
                        paragraphs(
                                "Many people tell us it is hard to see a GP or practice nurse without taking time off "
                                        + "work or school. GP practices in the Vale of Glamorgan want to work together "
                                        + "to offer appointments from 6.30pm to 8pm on weekday evenings, and from 9am "
                                        + "to midday on Saturdays.",
                                "There are two options. In option A, each practice would open late one evening a "
                                        + "week. In option B, appointments would be at two shared sites, in Barry and "
                                        + "Cowbridge, and any patient in the Vale could book there.",
                                "The consultation is open for 12 weeks. You can answer online, ask for a paper copy, "
                                        + "or ask for easy read, large print, braille, audio or British Sign Language. "
                                        + "We will publish what you said and what we decided."),
                        null,
                        lines(
                                "We want you to be able to see a doctor in the evening.",
                                "We also want to open on Saturday morning.",
                                "There are two ways to do this.",
                                "Tell us which way is best for you."),
                        "A clipboard with a form and three green ticks."))
                .welsh(new ActivityText(
                        "Apwyntiadau meddyg teulu gyda’r nos ac ar ddydd Sadwrn",
                        "Rydyn ni eisiau cynnig apwyntiadau meddyg teulu gyda’r nos ac ar fore Sadwrn ym Mro "
                                + "Morgannwg. Dywedwch wrthon ni pa opsiwn fyddai’n gweithio orau i chi.",
                        paragraphs(
                                "Mae llawer o bobl yn dweud wrthon ni ei bod yn anodd gweld meddyg teulu neu nyrs "
                                        + "practis heb gymryd amser i ffwrdd o’r gwaith neu’r ysgol. Mae meddygfeydd ym "
                                        + "Mro Morgannwg eisiau cydweithio i gynnig apwyntiadau o 6.30yh tan 8yh ar "
                                        + "nosweithiau’r wythnos, ac o 9yb tan hanner dydd ar ddydd Sadwrn.",
                                "Mae dau opsiwn. Yn opsiwn A, byddai pob meddygfa ar agor yn hwyr un noson yr "
                                        + "wythnos. Yn opsiwn B, byddai’r apwyntiadau mewn dau safle ar y cyd, yn y "
                                        + "Barri ac yn y Bont-faen, a gallai unrhyw glaf ym Mro Morgannwg drefnu "
                                        + "apwyntiad yno.",
                                "Mae’r ymgynghoriad ar agor am 12 wythnos. Gallwch ateb ar-lein, gofyn am gopi papur, "
                                        + "neu ofyn am fersiwn hawdd ei ddeall, print bras, braille, sain neu Iaith "
                                        + "Arwyddion Prydain. Byddwn ni’n cyhoeddi beth ddywedoch chi a beth "
                                        + "benderfynon ni."),
                        null,
                        lines(
                                "Rydyn ni eisiau i chi allu gweld meddyg gyda’r nos.",
                                "Rydyn ni hefyd eisiau agor ar fore Sadwrn.",
                                "Mae dwy ffordd o wneud hyn.",
                                "Dywedwch wrthon ni pa ffordd sydd orau i chi."),
                        "Bwrdd clip gyda ffurflen a thri thic gwyrdd."))
                .build();

        Activity carersStrategy = new Draft(today, "unpaid-carers-strategy", ActivityType.CONSULTATION,
                Topic.SOCIAL_CARE, region, LadderLevel.CONSULT,
                Audience.PATIENTS_AND_CARERS, Audience.OLDER_PEOPLE, Audience.COMMUNITY_GROUPS)
                .consultation(Stage.CLOSED_AWAITING_DECISION, -105, -21)
                .published(-106, 10, 30)
                .picture("family.svg")
                .english(new ActivityText(
                        "Our strategy for unpaid carers",
                        "The consultation on our new strategy for unpaid carers has closed. We are reading every "
                                + "response and will publish our decision and what we changed.",
                        paragraphs(
                                "Unpaid carers look after a family member or friend who is ill, disabled or older, or "
                                        + "who has a mental health problem. Our draft strategy set out how the health "
                                        + "board and councils will support carers over the next five years, including "
                                        + "breaks, advice and help with money.",
                                "Thank you to the 1,146 people and 38 community organisations who responded, "
                                        + "including young carers and people caring for someone living with dementia.",
                                "We are now reading every response. The board will look at a report on what people "
                                        + "said before it makes a decision. We will publish the report, the decision "
                                        + "and what we changed because of what you told us."),
                        null,
                        lines(
                                "Carers look after someone they love.",
                                "We asked carers what help they need.",
                                "The questions have now closed.",
                                "We are reading your answers.",
                                "We will tell you what we decide."),
                        "A family of two adults and a child standing together."))
                .welsh(new ActivityText(
                        "Ein strategaeth ar gyfer gofalwyr di-dâl",
                        "Mae’r ymgynghoriad ar ein strategaeth newydd ar gyfer gofalwyr di-dâl wedi cau. Rydyn ni’n "
                                + "darllen pob ymateb a byddwn ni’n cyhoeddi ein penderfyniad a beth wnaethon ni ei "
                                + "newid.",
                        paragraphs(
                                "Mae gofalwyr di-dâl yn gofalu am aelod o’r teulu neu ffrind sy’n sâl, yn anabl neu’n "
                                        + "hŷn, neu sydd â phroblem iechyd meddwl. Roedd ein strategaeth ddrafft yn "
                                        + "dangos sut bydd y bwrdd iechyd a’r cynghorau’n cefnogi gofalwyr dros y pum "
                                        + "mlynedd nesaf, gan gynnwys seibiannau, cyngor a help gydag arian.",
                                "Diolch i’r 1,146 o bobl a’r 38 o sefydliadau cymunedol a ymatebodd, gan gynnwys "
                                        + "gofalwyr ifanc a phobl sy’n gofalu am rywun sy’n byw gyda dementia.",
                                "Rydyn ni nawr yn darllen pob ymateb. Bydd y bwrdd yn ystyried adroddiad ar yr hyn a "
                                        + "ddywedodd pobl cyn gwneud penderfyniad. Byddwn ni’n cyhoeddi’r adroddiad, y "
                                        + "penderfyniad a beth wnaethon ni ei newid oherwydd yr hyn a ddywedoch chi "
                                        + "wrthon ni."),
                        null,
                        lines(
                                "Mae gofalwyr yn edrych ar ôl rhywun maen nhw’n ei garu.",
                                "Gofynnon ni i ofalwyr pa help sydd ei angen arnyn nhw.",
                                "Mae’r cwestiynau wedi cau.",
                                "Rydyn ni’n darllen eich atebion.",
                                "Byddwn ni’n dweud wrthoch chi beth rydyn ni’n ei benderfynu."),
                        "Teulu o ddau oedolyn a phlentyn yn sefyll gyda’i gilydd."))
                .build();

        Activity hospitalBeds = new Draft(today, "community-hospital-beds-swansea", ActivityType.CONSULTATION,
                Topic.HOSPITAL_SERVICES, swansea, LadderLevel.CONSULT, Audience.EVERYONE, Audience.OLDER_PEOPLE)
                .consultation(Stage.DECIDED, -280, -196)
                .published(-281, 10, 0)
                .picture("decision.svg")
                .english(new ActivityText(
                        "Community hospital beds in Swansea",
                        "We consulted on the future of beds at two community hospitals in Swansea. The board has "
                                + "made its decision, and we explain how your views shaped it.",
                        paragraphs(
                                "Community hospitals care for people, mostly older people, who are well enough to "
                                        + "leave a main hospital but not yet ready to go home. We asked whether to keep "
                                        + "beds at both sites, or to bring them together at one site and give more care "
                                        + "in people’s homes.",
                                "1,870 people responded. Most wanted to keep beds close to their homes, and many were "
                                        + "worried about how far visitors would have to travel.",
                                "The board decided to keep beds at both hospitals for now, and to add a new team that "
                                        + "helps people get home sooner. This is different from the option we first "
                                        + "preferred, which was to move all beds to one site. We changed our plan "
                                        + "because of what you told us about travel and visiting.",
                                "You can read the full decision report and the summary of responses. We will review "
                                        + "the change in a year and tell you what we find."),
                        null,
                        lines(
                                "We asked you about hospital beds near your home.",
                                "Most people wanted to keep them.",
                                "We listened.",
                                "The beds will stay at both hospitals."),
                        "A document with a large green tick and a round red stamp."))
                .welsh(new ActivityText(
                        "Gwelyau mewn ysbytai cymuned yn Abertawe",
                        "Fe wnaethon ni ymgynghori ar ddyfodol gwelyau mewn dau ysbyty cymuned yn Abertawe. Mae’r "
                                + "bwrdd wedi gwneud ei benderfyniad, ac rydyn ni’n esbonio sut y gwnaeth eich barn "
                                + "chi ddylanwadu arno.",
                        paragraphs(
                                "Mae ysbytai cymuned yn gofalu am bobl, pobl hŷn yn bennaf, sy’n ddigon iach i adael "
                                        + "prif ysbyty ond nad ydyn nhw’n barod i fynd adref eto. Fe wnaethon ni ofyn a "
                                        + "ddylen ni gadw gwelyau yn y ddau safle, neu ddod â nhw at ei gilydd mewn un "
                                        + "safle a rhoi mwy o ofal yng nghartrefi pobl.",
                                "Ymatebodd 1,870 o bobl. Roedd y rhan fwyaf eisiau cadw gwelyau yn agos at eu "
                                        + "cartrefi, ac roedd llawer yn poeni am ba mor bell y byddai’n rhaid i "
                                        + "ymwelwyr deithio.",
                                "Penderfynodd y bwrdd gadw gwelyau yn y ddau ysbyty am y tro, ac ychwanegu tîm newydd "
                                        + "sy’n helpu pobl i fynd adref yn gynt. Mae hyn yn wahanol i’r opsiwn roedden "
                                        + "ni’n ei ffafrio ar y dechrau, sef symud pob gwely i un safle. Fe wnaethon ni "
                                        + "newid ein cynllun oherwydd yr hyn a ddywedoch chi wrthon ni am deithio ac "
                                        + "ymweld.",
                                "Gallwch ddarllen yr adroddiad llawn ar y penderfyniad a’r crynodeb o’r ymatebion. "
                                        + "Byddwn ni’n adolygu’r newid ymhen blwyddyn ac yn dweud wrthoch chi beth "
                                        + "rydyn ni’n ei ddarganfod."),
                        null,
                        lines(
                                "Fe wnaethon ni ofyn i chi am welyau ysbyty yn agos at eich cartref.",
                                "Roedd y rhan fwyaf o bobl eisiau eu cadw.",
                                "Fe wnaethon ni wrando.",
                                "Bydd y gwelyau’n aros yn y ddau ysbyty."),
                        "Dogfen gyda thic gwyrdd mawr a stamp coch crwn."))
                .build();

        return List.of(minorInjuries, crisisSupport, gpAppointments, carersStrategy, hospitalBeds);
    }

    // ---------------------------------------------------------------- Time to Listen

    private static List<Activity> timeToListen(LocalDate today, Area cardiff, Area vale, Area region) {
        Activity parentCarers = new Draft(today, "time-to-listen-parent-carers-cardiff", ActivityType.TIME_TO_LISTEN,
                Topic.SEND, cardiff, LadderLevel.ENGAGE, Audience.PARENT_CARERS)
                .event(Attendance.IN_PERSON, 9, 10, 0, Duration.ofHours(2))
                .published(-14, 9, 30)
                .picture("meeting.svg")
                .english(new ActivityText(
                        "Time to Listen: parent carers in Cardiff",
                        "Tell senior leaders from education, health and social care what is working for your child "
                                + "with SEND, and what is not.",
                        paragraphs(
                                "Time to Listen is a chance for parent carers of children and young people with "
                                        + "special educational needs and disabilities (SEND) to talk directly to the "
                                        + "people who lead local services.",
                                "At this session you will meet Helen Pritchard, Director of Education, Carys Jenkins, "
                                        + "Head of Children’s Social Care, and Dr Owain Rees, Head of SEND Health. We run "
                                        + "the session with Cardiff Parent Carer Forum.",
                                "You can talk in the whole group or one to one. You do not need to prepare anything. "
                                        + "We will write up what we heard, without names, and share what we will do "
                                        + "next.",
                                "The venue has step-free access, a hearing loop and a quiet room. Tell us when you "
                                        + "book if you need anything else, such as an interpreter."),
                        "Grangetown Community Hub, Havelock Street, Cardiff",
                        lines(
                                "This meeting is for parents of children who need extra help at school.",
                                "You can talk to the people in charge.",
                                "Tell them what helps your child.",
                                "Tell them what needs to change.",
                                "It is free."),
                        "People sitting around a table at a meeting."))
                .welsh(new ActivityText(
                        "Amser i Wrando: rhieni sy’n ofalwyr yng Nghaerdydd",
                        "Dywedwch wrth uwch arweinwyr ym meysydd addysg, iechyd a gofal cymdeithasol beth sy’n "
                                + "gweithio i’ch plentyn ag anghenion dysgu ychwanegol neu anabledd, a beth nad yw’n "
                                + "gweithio.",
                        paragraphs(
                                "Mae Amser i Wrando yn gyfle i rieni sy’n ofalwyr i blant a phobl ifanc ag anghenion "
                                        + "dysgu ychwanegol (ADY) ac anableddau siarad yn uniongyrchol â’r bobl sy’n arwain "
                                        + "gwasanaethau lleol.",
                                "Yn y sesiwn hon byddwch chi’n cwrdd â Helen Pritchard, Cyfarwyddwr Addysg, Carys "
                                        + "Jenkins, Pennaeth Gofal Cymdeithasol Plant, a Dr Owain Rees, Pennaeth Iechyd "
                                        + "Anghenion Dysgu Ychwanegol. Rydyn ni’n cynnal y sesiwn gyda Fforwm Rhieni "
                                        + "sy’n Ofalwyr Caerdydd.",
                                "Gallwch siarad yn y grŵp cyfan neu un i un. Does dim angen paratoi dim byd. Byddwn "
                                        + "ni’n ysgrifennu’r hyn a glywson ni, heb enwau, ac yn rhannu beth fyddwn ni’n "
                                        + "ei wneud nesaf.",
                                "Mae mynediad heb risiau i’r lleoliad, dolen sain ac ystafell dawel. Rhowch wybod i "
                                        + "ni wrth archebu os oes angen unrhyw beth arall arnoch chi, fel cyfieithydd."),
                        "Hyb Cymunedol Grangetown, Stryd Havelock, Caerdydd",
                        lines(
                                "Mae’r cyfarfod hwn i rieni plant sydd angen help ychwanegol yn yr ysgol.",
                                "Gallwch siarad â’r bobl sy’n gyfrifol.",
                                "Dywedwch wrthyn nhw beth sy’n helpu eich plentyn.",
                                "Dywedwch wrthyn nhw beth sydd angen ei newid.",
                                "Mae am ddim."),
                        "Pobl yn eistedd o gwmpas bwrdd mewn cyfarfod."))
                .build();

        Activity youngPeople = new Draft(today, "time-to-listen-young-people", ActivityType.TIME_TO_LISTEN,
                Topic.SEND, vale, LadderLevel.ENGAGE, Audience.YOUNG_PEOPLE)
                .event(Attendance.IN_PERSON_AND_ONLINE, 16, 16, 30, Duration.ofMinutes(90))
                .published(-9, 12, 0)
                .picture("talk.svg")
                .english(new ActivityText(
                        "Time to Listen: young people with SEND",
                        "A relaxed session for young people aged 14 to 25 with SEND to tell the people in charge what "
                                + "school, college and health services are like for them.",
                        paragraphs(
                                "This Time to Listen session is for young people, not parents. It is planned with the "
                                        + "SEND Young People’s Network, and young people from the network will lead "
                                        + "the session.",
                                "Helen Pritchard, Director of Education, and Dr Owain Rees, Head of SEND Health, will "
                                        + "be there to listen and answer questions. They will come back in three months "
                                        + "to tell you what has changed.",
                                "You can come to the youth centre in Barry, or join online with your camera off. You "
                                        + "can type your questions instead of speaking. There will be food, and you can "
                                        + "bring a parent, carer or support worker."),
                        "Barry Youth Centre, Holton Road, Barry" + OR_ONLINE_EN,
                        lines(
                                "This meeting is for young people.",
                                "You can tell leaders what school is like for you.",
                                "You can come in person or join online.",
                                "You can bring someone with you.",
                                "There will be food."),
                        "Two people with speech bubbles, talking to each other."))
                .welsh(new ActivityText(
                        "Amser i Wrando: pobl ifanc ag anghenion dysgu ychwanegol",
                        "Sesiwn hamddenol i bobl ifanc 14 i 25 oed ag anghenion dysgu ychwanegol neu anabledd "
                                + "ddweud wrth y bobl sy’n gyfrifol sut brofiad yw’r ysgol, y coleg a’r gwasanaethau "
                                + "iechyd iddyn nhw.",
                        paragraphs(
                                "Mae’r sesiwn Amser i Wrando hon ar gyfer pobl ifanc, nid rhieni. Mae wedi’i "
                                        + "chynllunio gyda Rhwydwaith Pobl Ifanc ADY, a bydd pobl ifanc o’r rhwydwaith "
                                        + "yn arwain y sesiwn.",
                                "Bydd Helen Pritchard, Cyfarwyddwr Addysg, a Dr Owain Rees, Pennaeth Iechyd "
                                        + "Anghenion Dysgu Ychwanegol, yno i wrando ac i ateb cwestiynau. Byddan nhw’n "
                                        + "dod yn ôl ymhen tri mis i ddweud wrthoch chi beth sydd wedi newid.",
                                "Gallwch ddod i’r ganolfan ieuenctid yn y Barri, neu ymuno ar-lein gyda’ch camera "
                                        + "wedi’i ddiffodd. Gallwch deipio eich cwestiynau yn lle siarad. Bydd bwyd ar "
                                        + "gael, a gallwch ddod â rhiant, gofalwr neu weithiwr cymorth gyda chi."),
                        "Canolfan Ieuenctid y Barri, Heol Holton, y Barri" + OR_ONLINE_CY,
                        lines(
                                "Mae’r cyfarfod hwn i bobl ifanc.",
                                "Gallwch ddweud wrth arweinwyr sut brofiad yw’r ysgol i chi.",
                                "Gallwch ddod yno neu ymuno ar-lein.",
                                "Gallwch ddod â rhywun gyda chi.",
                                "Bydd bwyd ar gael."),
                        "Dau berson â swigod siarad, yn siarad â’i gilydd."))
                .build();

        Activity parentCarersOnline = new Draft(today, "time-to-listen-parent-carers-online",
                ActivityType.TIME_TO_LISTEN, Topic.SEND, region, LadderLevel.ENGAGE, Audience.PARENT_CARERS)
                .event(Attendance.ONLINE, 23, 19, 0, Duration.ofMinutes(90))
                .published(-4, 16, 0)
                .picture("online.svg")
                .english(new ActivityText(
                        "Time to Listen online: parent carers",
                        "An evening session online for parent carers who cannot get to a daytime meeting. Talk to "
                                + "senior leaders about support for your child with SEND.",
                        paragraphs(
                                "Many parent carers have told us that daytime meetings are hard to get to. This Time "
                                        + "to Listen is online in the evening, so you can join from home once the "
                                        + "children are in bed.",
                                "You will meet Gareth Lloyd, Director of Social Services, and Dr Owain Rees, Head of "
                                        + "SEND Health. Parent carer representatives will chair the session.",
                                "You can speak, or type in the chat. If you would rather not speak in front of "
                                        + "others, you can book a 10-minute one-to-one call with one of the leaders "
                                        + "after the session."),
                        ONLINE_EN,
                        lines(
                                "This meeting is on a computer or phone.",
                                "It is in the evening.",
                                "You can talk to the people in charge.",
                                "You can type if you do not want to talk."),
                        "A laptop showing a video call with four people."))
                .welsh(new ActivityText(
                        "Amser i Wrando ar-lein: rhieni sy’n ofalwyr",
                        "Sesiwn ar-lein gyda’r nos i rieni sy’n ofalwyr sy’n methu dod i gyfarfod yn ystod y dydd. "
                                + "Siaradwch ag uwch arweinwyr am y cymorth i’ch plentyn ag anghenion dysgu "
                                + "ychwanegol neu anabledd.",
                        paragraphs(
                                "Mae llawer o rieni sy’n ofalwyr wedi dweud wrthon ni ei bod yn anodd dod i "
                                        + "gyfarfodydd yn ystod y dydd. Mae’r sesiwn Amser i Wrando hon ar-lein gyda’r "
                                        + "nos, fel y gallwch ymuno o’ch cartref ar ôl i’r plant fynd i’r gwely.",
                                "Byddwch chi’n cwrdd â Gareth Lloyd, Cyfarwyddwr Gwasanaethau Cymdeithasol, a Dr "
                                        + "Owain Rees, Pennaeth Iechyd Anghenion Dysgu Ychwanegol. Cynrychiolwyr "
                                        + "rhieni sy’n ofalwyr fydd yn cadeirio’r sesiwn.",
                                "Gallwch siarad, neu deipio yn y sgwrs. Os byddai’n well gennych chi beidio â siarad "
                                        + "o flaen pobl eraill, gallwch drefnu galwad un i un 10 munud gydag un o’r "
                                        + "arweinwyr ar ôl y sesiwn."),
                        ONLINE_CY,
                        lines(
                                "Mae’r cyfarfod hwn ar gyfrifiadur neu ffôn.",
                                "Mae’n digwydd gyda’r nos.",
                                "Gallwch siarad â’r bobl sy’n gyfrifol.",
                                "Gallwch deipio os nad ydych chi eisiau siarad."),
                        "Gliniadur yn dangos galwad fideo gyda phedwar person."))
                .build();

        return List.of(parentCarers, youngPeople, parentCarersOnline);
    }

    // ---------------------------------------------------------------- engagement events

    private static List<Activity> events(LocalDate today, Area vale, Area swansea, Area neathPortTalbot,
                                         Area region) {
        Activity localOffer = new Draft(today, "send-local-offer-design-workshop", ActivityType.EVENT, Topic.SEND,
                region, LadderLevel.CO_DESIGN, Audience.PARENT_CARERS, Audience.YOUNG_PEOPLE)
                .event(Attendance.ONLINE, 12, 18, 30, Duration.ofMinutes(90))
                .published(-6, 9, 0)
                .picture("online.svg")
                .english(new ActivityText(
                        "Help design the new SEND local offer",
                        "The local offer tells families what support there is for children and young people with "
                                + "SEND. Help us design a new version that is easier to use.",
                        paragraphs(
                                "Families tell us the local offer website is hard to search, out of date and full of "
                                        + "jargon. We are building a new one and want parent carers and young people to "
                                        + "design it with us.",
                                "In this online workshop we will show you early sketches of the new pages. You will "
                                        + "try to find things, such as how to ask for an assessment or where to find "
                                        + "short breaks, and tell us what is confusing.",
                                "Your ideas will go straight into the design. We will come back with the next version "
                                        + "and show you what we changed. You can join more sessions if you want to."),
                        ONLINE_EN,
                        lines(
                                "There is a website for families of children who need extra help.",
                                "It is hard to use.",
                                "We want to make a new one with you.",
                                "Join us online."),
                        "A laptop showing a video call with four people."))
                .welsh(new ActivityText(
                        "Helpwch ni i gynllunio’r cynnig lleol newydd",
                        "Mae’r cynnig lleol yn dweud wrth deuluoedd pa gymorth sydd ar gael i blant a phobl ifanc ag "
                                + "anghenion dysgu ychwanegol neu anabledd. Helpwch ni i gynllunio fersiwn newydd "
                                + "sy’n haws ei defnyddio.",
                        paragraphs(
                                "Mae teuluoedd yn dweud wrthon ni fod gwefan y cynnig lleol yn anodd chwilio drwyddi, "
                                        + "wedi dyddio ac yn llawn jargon. Rydyn ni’n creu un newydd ac rydyn ni eisiau "
                                        + "i rieni sy’n ofalwyr a phobl ifanc ei chynllunio gyda ni.",
                                "Yn y gweithdy ar-lein hwn, byddwn ni’n dangos brasluniau cynnar o’r tudalennau newydd "
                                        + "i chi. Byddwch chi’n ceisio dod o hyd i bethau, fel sut i ofyn am asesiad neu "
                                        + "ble i ddod o hyd i seibiannau byr, ac yn dweud wrthon ni beth sy’n ddryslyd.",
                                "Bydd eich syniadau’n mynd yn syth i mewn i’r dyluniad. Byddwn ni’n dod yn ôl gyda’r "
                                        + "fersiwn nesaf ac yn dangos i chi beth wnaethon ni ei newid. Gallwch ymuno â "
                                        + "rhagor o sesiynau os hoffech chi."),
                        ONLINE_CY,
                        lines(
                                "Mae gwefan i deuluoedd plant sydd angen help ychwanegol.",
                                "Mae’n anodd ei defnyddio.",
                                "Rydyn ni eisiau gwneud un newydd gyda chi.",
                                "Ymunwch â ni ar-lein."),
                        "Gliniadur yn dangos galwad fideo gyda phedwar person."))
                .build();

        Activity shortBreaks = new Draft(today, "short-breaks-disabled-children", ActivityType.EVENT,
                Topic.CHILDREN_AND_FAMILIES, swansea, LadderLevel.CO_PRODUCE,
                Audience.PARENT_CARERS, Audience.YOUNG_PEOPLE, Audience.COMMUNITY_GROUPS)
                .event(Attendance.IN_PERSON, 20, 10, 0, Duration.ofHours(3))
                .published(-20, 10, 0)
                .picture("family.svg")
                .english(new ActivityText(
                        "Short breaks for disabled children: planning together",
                        "Parent carers, young people and local groups are planning the next short breaks service "
                                + "with us as equal partners. Come to the next open planning day.",
                        paragraphs(
                                "Short breaks give disabled children and young people time to have fun and try new "
                                        + "things, and give their families a rest. The current contract ends next year, "
                                        + "so we need to plan what comes next.",
                                "This work is co-produced. A group of parent carers, young people, youth clubs and the "
                                        + "council have worked together from the start, and they share the decisions. "
                                        + "The open day is a chance for more families to join in.",
                                "We will look at the ideas so far, such as weekend clubs, holiday schemes and "
                                        + "overnight breaks, and decide together which ones to develop. There is a free "
                                        + "crèche and a sensory room. We can pay back your travel costs."),
                        "Bonymaen Community Centre, Swansea",
                        lines(
                                "Short breaks are fun activities for disabled children.",
                                "Families get a rest.",
                                "We are planning them with families.",
                                "You can help us decide.",
                                "There is a free crèche."),
                        "A family of two adults and a child standing together."))
                .welsh(new ActivityText(
                        "Seibiannau byr i blant anabl: cynllunio gyda’n gilydd",
                        "Mae rhieni sy’n ofalwyr, pobl ifanc a grwpiau lleol yn cynllunio’r gwasanaeth seibiannau byr "
                                + "nesaf gyda ni fel partneriaid cyfartal. Dewch i’r diwrnod cynllunio agored nesaf.",
                        paragraphs(
                                "Mae seibiannau byr yn rhoi amser i blant a phobl ifanc anabl gael hwyl a rhoi cynnig "
                                        + "ar bethau newydd, ac yn rhoi seibiant i’w teuluoedd. Mae’r contract presennol "
                                        + "yn dod i ben y flwyddyn nesaf, felly mae angen i ni gynllunio beth sy’n dod "
                                        + "nesaf.",
                                "Mae’r gwaith hwn yn cael ei gyd-gynhyrchu. Mae grŵp o rieni sy’n ofalwyr, pobl ifanc, "
                                        + "clybiau ieuenctid a’r cyngor wedi cydweithio o’r dechrau, ac maen nhw’n "
                                        + "rhannu’r penderfyniadau. Mae’r diwrnod agored yn gyfle i ragor o deuluoedd "
                                        + "ymuno.",
                                "Byddwn ni’n edrych ar y syniadau hyd yma, fel clybiau penwythnos, cynlluniau gwyliau "
                                        + "a seibiannau dros nos, ac yn penderfynu gyda’n gilydd pa rai i’w datblygu. "
                                        + "Mae crèche am ddim ac ystafell synhwyraidd ar gael. Gallwn ni dalu costau "
                                        + "teithio yn ôl i chi."),
                        "Canolfan Gymunedol Bon-y-maen, Abertawe",
                        lines(
                                "Mae seibiannau byr yn weithgareddau hwyliog i blant anabl.",
                                "Mae teuluoedd yn cael seibiant.",
                                "Rydyn ni’n eu cynllunio gyda theuluoedd.",
                                "Gallwch ein helpu i benderfynu.",
                                "Mae crèche am ddim."),
                        "Teulu o ddau oedolyn a phlentyn yn sefyll gyda’i gilydd."))
                .build();

        // Deliberately only partly translated: the Welsh page shows the English description and easy read.
        Activity transport = new Draft(today, "community-transport-drop-in", ActivityType.EVENT,
                Topic.COMMUNITY_SERVICES, vale, LadderLevel.INFORM, Audience.OLDER_PEOPLE, Audience.COMMUNITY_GROUPS)
                .event(Attendance.IN_PERSON, 6, 10, 0, Duration.ofHours(2))
                .published(-2, 9, 0)
                .picture("bus.svg")
                .english(new ActivityText(
                        "Community transport drop-in",
                        "Find out how community transport can get you to hospital and GP appointments in the Vale of "
                                + "Glamorgan, and how to book it.",
                        paragraphs(
                                "If you find it hard to get to health appointments, community transport may help. "
                                        + "Volunteer drivers and accessible minibuses take people to hospital, GP and "
                                        + "dental appointments.",
                                "Come along to find out who can use it, what it costs and how to book. Local transport "
                                        + "groups and our patient advice team will be there to answer questions. Please "
                                        + "book a place, so we know how many people to expect; there is a second "
                                        + "session in Dinas Powys a week later.",
                                "This is an information session. We are not asking for views on changes to the "
                                        + "service, but we will pass on anything you tell us."),
                        "Barry Library, King Square, Barry",
                        lines(
                                "It can be hard to get to the doctor or hospital.",
                                "Community transport can take you there.",
                                "Come and find out how it works.",
                                "Please book a place."),
                        "A yellow minibus on a road."))
                .welsh(new ActivityText(
                        "Sesiwn galw heibio am gludiant cymunedol",
                        "Dewch i gael gwybod sut y gall cludiant cymunedol fynd â chi i apwyntiadau yn yr ysbyty ac "
                                + "yn y feddygfa ym Mro Morgannwg, a sut i’w archebu.",
                        null,
                        "Llyfrgell y Barri, Sgwâr y Brenin, y Barri",
                        null,
                        null))
                .build();

        Activity dementia = new Draft(today, "living-with-dementia-listening-event", ActivityType.EVENT,
                Topic.MENTAL_HEALTH, neathPortTalbot, LadderLevel.ENGAGE,
                Audience.OLDER_PEOPLE, Audience.PATIENTS_AND_CARERS)
                .event(Attendance.IN_PERSON_AND_ONLINE, 27, 14, 0, Duration.ofHours(2))
                .published(-7, 11, 0)
                .picture("meeting.svg")
                .english(new ActivityText(
                        "Living with dementia: what support helps?",
                        "People living with dementia and their carers in Neath Port Talbot: tell us what support "
                                + "helps you now and what is missing.",
                        paragraphs(
                                "We are reviewing memory assessment and dementia support services in Neath Port "
                                        + "Talbot. Before we make any plans, we want to hear from people living with "
                                        + "dementia, their families and carers.",
                                "The afternoon will be relaxed, with tea and cake. Staff from the memory service and "
                                        + "local dementia groups will listen in small groups. You can also join online "
                                        + "if you cannot travel.",
                                "We will send everyone who takes part a short report of what we heard and what we "
                                        + "will do next."),
                        "Neath Library, Victoria Gardens, Neath" + OR_ONLINE_EN,
                        lines(
                                "Dementia can make it hard to remember things.",
                                "We want to know what helps you.",
                                "Come and have a cup of tea and a chat.",
                                "You can bring your carer."),
                        "People sitting around a table at a meeting."))
                .welsh(new ActivityText(
                        "Byw gyda dementia: pa gymorth sy’n helpu?",
                        "Pobl sy’n byw gyda dementia a’u gofalwyr yng Nghastell-nedd Port Talbot: dywedwch wrthon ni "
                                + "pa gymorth sy’n eich helpu nawr a beth sydd ar goll.",
                        paragraphs(
                                "Rydyn ni’n adolygu’r gwasanaethau asesu’r cof a chymorth dementia yng "
                                        + "Nghastell-nedd Port Talbot. Cyn i ni wneud unrhyw gynlluniau, rydyn ni eisiau "
                                        + "clywed gan bobl sy’n byw gyda dementia, eu teuluoedd a’u gofalwyr.",
                                "Bydd y prynhawn yn hamddenol, gyda phaned a chacen. Bydd staff o’r gwasanaeth cof a "
                                        + "grwpiau dementia lleol yn gwrando mewn grwpiau bach. Gallwch hefyd ymuno "
                                        + "ar-lein os na allwch chi deithio.",
                                "Byddwn ni’n anfon adroddiad byr at bawb sy’n cymryd rhan, yn dweud beth glywson ni a "
                                        + "beth fyddwn ni’n ei wneud nesaf."),
                        "Llyfrgell Castell-nedd, Gerddi Victoria, Castell-nedd" + OR_ONLINE_CY,
                        lines(
                                "Gall dementia ei gwneud hi’n anodd cofio pethau.",
                                "Rydyn ni eisiau gwybod beth sy’n eich helpu chi.",
                                "Dewch i gael paned a sgwrs.",
                                "Gallwch ddod â’ch gofalwr."),
                        "Pobl yn eistedd o gwmpas bwrdd mewn cyfarfod."))
                .build();

        return List.of(localOffer, shortBreaks, transport, dementia);
    }

    // ---------------------------------------------------------------- helpers

    private static Area area(String code, String english, String welsh) {
        return new Area(code).name("en", english).name("cy", welsh);
    }

    /** The instant of a local (UK) time of day, a number of days from today (negative for the past). */
    private static Instant at(LocalDate today, int days, int hour, int minute) {
        return today.plusDays(days).atTime(hour, minute).atZone(LONDON).toInstant();
    }

    private static String paragraphs(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    /** Collects one activity's details, with dates given as days from today. */
    private static final class Draft {
        private final LocalDate today;
        private final String slug;
        private final ActivityType type;
        private final Topic topic;
        private final Area area;
        private final LadderLevel ladder;
        private final Set<Audience> audiences;
        private Stage stage;
        private Attendance attendance;
        private Instant startsAt;
        private Instant endsAt;
        private Instant publishedAt;
        private String image;
        private ActivityText english;
        private ActivityText welsh;

        Draft(LocalDate today, String slug, ActivityType type, Topic topic, Area area, LadderLevel ladder,
              Audience... audiences) {
            this.today = today;
            this.slug = slug;
            this.type = type;
            this.topic = topic;
            this.area = area;
            this.ladder = ladder;
            this.audiences = Set.of(audiences);
        }

        /** An event or session: starts at a local time some days ahead and lasts for the given length. */
        Draft event(Attendance attendance, int inDays, int hour, int minute, Duration length) {
            this.attendance = attendance;
            this.startsAt = at(today, inDays, hour, minute);
            this.endsAt = startsAt.plus(length);
            return this;
        }

        /** A consultation stage: opens at 9am and closes at 11.59pm, on days counted from today. */
        Draft consultation(Stage stage, int opensInDays, int closesInDays) {
            this.stage = stage;
            this.startsAt = at(today, opensInDays, 9, 0);
            this.endsAt = at(today, closesInDays, 23, 59);
            return this;
        }

        Draft published(int days, int hour, int minute) {
            this.publishedAt = at(today, days, hour, minute);
            return this;
        }

        Draft picture(String fileName) {
            this.image = IMAGES + fileName;
            return this;
        }

        Draft english(ActivityText text) {
            this.english = text;
            return this;
        }

        Draft welsh(ActivityText text) {
            this.welsh = text;
            return this;
        }

        Activity build() {
            Objects.requireNonNull(startsAt, slug + ": no dates");
            Objects.requireNonNull(publishedAt, slug + ": not published");
            Objects.requireNonNull(english, slug + ": no English text");
            Activity activity = new Activity(slug, type, topic, area, audiences, ladder, stage, attendance,
                    startsAt, endsAt, publishedAt, image).text("en", english);
            return welsh == null ? activity : activity.text("cy", welsh);
        }
    }
}
