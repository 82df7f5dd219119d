package uk.takingpart.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.activity.ActivityDetails;
import uk.takingpart.activity.ActivityRef;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.Stage;
import uk.takingpart.base.db.DemoMode;

/**
 * Consultation details and questionnaires for the demo consultations, in English and Welsh, with
 * dates relative to today. The two open ones have questionnaires that between them use every
 * question type, and one question shown only after an earlier answer; the early-engagement one
 * runs for six weeks and says why.
 */
@Component
class DemoConsultations {
    private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Locale EN = Locale.ENGLISH;

    private final ObjectProvider<DemoMode> demoMode;
    private final ActivityService activities;
    private final ConsultationStore consultations;
    private final QuestionnaireStore questionnaires;
    private final Clock clock;

    DemoConsultations(ObjectProvider<DemoMode> demoMode, ActivityService activities, ConsultationStore consultations,
                      QuestionnaireStore questionnaires, Clock clock) {
        this.demoMode = demoMode;
        this.activities = activities;
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    @Transactional
    public void load() {
        if (!DemoMode.loads(demoMode.getIfAvailable()) || consultations.any()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
        int loaded = 0;
        loaded += gpAppointments(today) ? 1 : 0;
        loaded += crisisSupport(today) ? 1 : 0;
        loaded += carersStrategy(today) ? 1 : 0;
        loaded += hospitalBeds(today) ? 1 : 0;
        if (loaded > 0) {
            log.info("Loaded {} demo consultations with their questionnaires", loaded);
        }
    }

    /** A new consultation for a demo activity, opening and closing when the activity does. */
    private Optional<ConsultationDefinition> consultation(String slug) {
        Optional<ActivityRef> ref = activities.publishedRef(slug, EN);
        Optional<ActivityDetails> details = activities.find(slug, EN);
        if (ref.isEmpty() || details.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConsultationDefinition(ref.get().id(), details.get().summary().startsAt(), details.get().summary().endsAt()));
    }

    private Optional<Long> activityId(String slug) {
        return activities.publishedRef(slug, EN).map(ActivityRef::id);
    }

    // ---------------------------------------------------------------- GP appointments: open, 12 weeks, every question type

    private boolean gpAppointments(LocalDate today) {
        Optional<ConsultationDefinition> found = consultation("gp-evening-and-saturday-appointments");
        if (found.isEmpty()) {
            return false;
        }
        ConsultationDefinition c = found.get()
                .questionnaire(questionnaires.save(gpQuestionnaire(), clock.instant()))
                .decisionExpectedOn(today.plusDays(110))
                .stage(Stage.CASE_FOR_CHANGE, today.minusDays(220), today.minusDays(131))
                .stage(Stage.PRE_CONSULTATION, today.minusDays(130), today.minusDays(36))
                .stage(Stage.OPEN_CONSULTATION, today.minusDays(35), today.plusDays(49))
                .stage(Stage.CLOSED_AWAITING_DECISION, today.plusDays(50), today.plusDays(109))
                .stage(Stage.DECIDED, today.plusDays(110), null)
                .text("purpose",
                        "To decide how GP practices in the Vale of Glamorgan will offer appointments in the evening and on "
                                + "Saturday mornings from next April.",
                        "Penderfynu sut bydd meddygfeydd ym Mro Morgannwg yn cynnig apwyntiadau gyda’r nos ac ar fore "
                                + "Sadwrn o fis Ebrill nesaf.")
                .text("case-for-change",
                        "In our survey last year, 4 in 10 people who work told us they had put off seeing a GP because "
                                + "appointments clash with work. On weekday evenings, about a quarter of the people in our "
                                + "emergency department have an illness a GP could treat.\n\n"
                                + "From April there is funding for extra GP and practice nurse hours in the Vale. We can use it "
                                + "in two ways, and both would change how some practices work, so we are asking you first.",
                        "Yn ein harolwg y llynedd, dywedodd 4 o bob 10 o bobl sy’n gweithio eu bod wedi gohirio gweld "
                                + "meddyg teulu am fod apwyntiadau’n gwrthdaro â’r gwaith. Ar nosweithiau’r wythnos, mae gan "
                                + "tua chwarter y bobl yn ein hadran achosion brys salwch y gallai meddyg teulu ei drin.\n\n"
                                + "O fis Ebrill mae arian ar gael am oriau ychwanegol gan feddygon teulu a nyrsys practis ym "
                                + "Mro Morgannwg. Gallwn ei ddefnyddio mewn dwy ffordd, a byddai’r ddwy yn newid sut mae rhai "
                                + "meddygfeydd yn gweithio, felly rydyn ni’n gofyn i chi yn gyntaf.")
                .text("how-answers-are-used",
                        "An independent research team reads every response and writes a report. The health board’s "
                                + "primary care committee reads the report before it decides, and we publish the report and "
                                + "the decision on this page. We do not publish your name.",
                        "Mae tîm ymchwil annibynnol yn darllen pob ymateb ac yn ysgrifennu adroddiad. Mae pwyllgor gofal "
                                + "sylfaenol y bwrdd iechyd yn darllen yr adroddiad cyn penderfynu, ac rydyn ni’n cyhoeddi’r "
                                + "adroddiad a’r penderfyniad ar y dudalen hon. Dydyn ni ddim yn cyhoeddi eich enw.");
        c.option("option-a")
                .bilingual("title", "Option A: each practice opens late one evening a week",
                        "Opsiwn A: pob meddygfa ar agor yn hwyr un noson yr wythnos")
                .bilingual("summary",
                        "All 11 practices stay open until 8pm on one weekday evening. Three practices also open on "
                                + "Saturday mornings, taking turns.",
                        "Mae pob un o’r 11 meddygfa ar agor tan 8yh ar un noson yn ystod yr wythnos. Mae tair meddygfa "
                                + "hefyd ar agor ar fore Sadwrn, bob yn ail.")
                .bilingual("impact",
                        "You see your own practice team, and nobody travels further than now. But your practice is open "
                                + "late only one evening a week, and there would be fewer late appointments in total.",
                        "Rydych chi’n gweld tîm eich meddygfa eich hun, a does neb yn teithio’n bellach nag yn awr. Ond "
                                + "dim ond un noson yr wythnos mae eich meddygfa ar agor yn hwyr, a byddai llai o "
                                + "apwyntiadau hwyr i gyd.");
        c.option("option-b")
                .bilingual("title", "Option B: two shared sites, in Barry and Cowbridge",
                        "Opsiwn B: dau safle ar y cyd, yn y Barri ac yn y Bont-faen")
                .bilingual("summary",
                        "Evening appointments every weekday and Saturday morning appointments at two shared sites, for "
                                + "patients of any practice in the Vale.",
                        "Apwyntiadau bob noson yn ystod yr wythnos ac ar fore Sadwrn mewn dau safle ar y cyd, i gleifion "
                                + "unrhyw feddygfa ym Mro Morgannwg.")
                .bilingual("impact",
                        "About twice as many late appointments, on every evening. You may see a GP from another practice, "
                                + "who can read your records if you agree. Some people in the west of the Vale would travel "
                                + "up to 12 miles; community transport can help.",
                        "Tua dwywaith cymaint o apwyntiadau hwyr, bob noson. Efallai y byddwch chi’n gweld meddyg teulu o "
                                + "feddygfa arall, sy’n gallu darllen eich cofnodion os ydych chi’n cytuno. Byddai rhai pobl "
                                + "yng ngorllewin y Fro yn teithio hyd at 12 milltir; gall cludiant cymunedol helpu.");
        c.document("consultation-document", today.minusDays(35), EnumSet.allOf(DocumentFormat.class))
                .bilingual("title", "Consultation document", "Dogfen ymgynghori")
                .bilingual("description", "The options in full, with what each would cost and change.",
                        "Yr opsiynau’n llawn, gyda beth fyddai pob un yn ei gostio a’i newid.");
        c.document("equality-impact", today.minusDays(35), EnumSet.of(DocumentFormat.PDF, DocumentFormat.WELSH))
                .bilingual("title", "Equality impact assessment", "Asesiad o’r effaith ar gydraddoldeb")
                .bilingual("description", "Who each option could affect most, and what we would do about it.",
                        "Ar bwy y gallai pob opsiwn effeithio fwyaf, a beth fydden ni’n ei wneud am hynny.");
        c.document("travel-times", today.minusDays(20), EnumSet.of(DocumentFormat.PDF, DocumentFormat.LARGE_PRINT, DocumentFormat.WELSH))
                .bilingual("title", "Travel times to the shared sites", "Amseroedd teithio i’r safleoedd ar y cyd")
                .bilingual("description", "By car, bus and community transport, from every town and village in the Vale.",
                        "Mewn car, ar fws ac ar gludiant cymunedol, o bob tref a phentref ym Mro Morgannwg.");
        c.update(today.minusDays(20))
                .bilingual("title", "Travel information added", "Gwybodaeth am deithio wedi’i hychwanegu")
                .bilingual("text",
                        "People at the Barry drop-in asked how they would get to the shared sites, so we have added a "
                                + "document on travel times.",
                        "Gofynnodd pobl yn y sesiwn galw heibio yn y Barri sut bydden nhw’n cyrraedd y safleoedd ar y cyd, "
                                + "felly rydyn ni wedi ychwanegu dogfen am amseroedd teithio.");
        c.update(today.minusDays(6))
                .bilingual("title", "Option B changed: Saturdays in Llantwit Major too",
                        "Opsiwn B wedi newid: dydd Sadwrn yn Llanilltud Fawr hefyd")
                .bilingual("text",
                        "After what people in the west of the Vale told us, option B now also has Saturday morning "
                                + "appointments at Llantwit Major Health Centre every other week. If you have already "
                                + "answered, you can tell us if this changes your view.",
                        "Ar ôl yr hyn a ddywedodd pobl yng ngorllewin y Fro wrthon ni, mae opsiwn B nawr hefyd yn cynnwys "
                                + "apwyntiadau ar fore Sadwrn yng Nghanolfan Iechyd Llanilltud Fawr bob yn ail wythnos. Os "
                                + "ydych chi wedi ateb yn barod, gallwch ddweud wrthon ni os yw hyn yn newid eich barn.");
        activityId("community-transport-drop-in").ifPresent(c::linkedActivity);
        consultations.save(c);
        return true;
    }

    private static QuestionnaireDefinition gpQuestionnaire() {
        QuestionnaireDefinition q = new QuestionnaireDefinition("gp-evening-and-saturday-appointments")
                .text("title", "GP appointments in the evening and on Saturdays: your views",
                        "Apwyntiadau meddyg teulu gyda’r nos ac ar ddydd Sadwrn: eich barn");

        var you = q.section("you-and-your-practice")
                .text("title", "You and your GP practice", "Chi a’ch meddygfa")
                .text("introduction",
                        "These questions help us understand whose views we are hearing. Questions marked optional can be skipped.",
                        "Mae’r cwestiynau hyn yn ein helpu i ddeall barn pwy rydyn ni’n ei chlywed. Gallwch hepgor "
                                + "cwestiynau sydd wedi’u marcio’n ddewisol.");
        you.question("practice-area", QuestionType.SINGLE_CHOICE, "Where is your GP practice?", "Ble mae eich meddygfa?")
                .other()
                .option("barry", "Barry", "Y Barri")
                .option("penarth", "Penarth", "Penarth")
                .option("cowbridge", "Cowbridge", "Y Bont-faen")
                .option("llantwit-major", "Llantwit Major", "Llanilltud Fawr")
                .option("dinas-powys", "Dinas Powys", "Dinas Powys");
        you.question("hard-to-get", QuestionType.YES_NO_NOT_SURE,
                "In the last year, have you found it hard to get a GP appointment at a time that suits you?",
                "Yn ystod y flwyddyn ddiwethaf, ydych chi wedi cael trafferth cael apwyntiad meddyg teulu ar amser sy’n "
                        + "gyfleus i chi?");
        you.question("what-made-it-hard", QuestionType.LONG_TEXT, "What made it hard?", "Beth wnaeth ei gwneud yn anodd?")
                .help("For example work, school, caring for someone, or travel.",
                        "Er enghraifft gwaith, ysgol, gofalu am rywun, neu deithio.")
                .maxLength(1000).optional().shownIf("hard-to-get", "yes");
        you.question("last-tried", QuestionType.DATE,
                "When did you last try to book a GP appointment?", "Pryd wnaethoch chi geisio trefnu apwyntiad meddyg teulu ddiwethaf?")
                .help("For example, 27 3 2026. An approximate date is fine.",
                        "Er enghraifft, 27 3 2026. Mae dyddiad bras yn iawn.")
                .dates(LocalDate.of(2000, 1, 1), null).optional();
        you.question("best-times", QuestionType.MULTIPLE_CHOICE,
                "When would you most like to be able to see a GP or practice nurse?",
                "Pryd hoffech chi allu gweld meddyg teulu neu nyrs practis fwyaf?")
                .help("Choose up to 3.", "Dewiswch hyd at 3.")
                .choices(1, 3)
                .option("early-morning", "Weekdays before 8am", "Yn ystod yr wythnos cyn 8yb")
                .option("daytime", "Weekdays, 8am to 6.30pm", "Yn ystod yr wythnos, 8yb tan 6.30yh")
                .option("evening", "Weekday evenings, 6.30pm to 8pm", "Nosweithiau’r wythnos, 6.30yh tan 8yh")
                .option("saturday", "Saturday mornings", "Bore Sadwrn")
                .option("sunday", "Sunday mornings", "Bore Sul");

        var options = q.section("the-options")
                .text("title", "The two options", "Y ddau opsiwn")
                .text("introduction",
                        "Read about options A and B on the consultation page before you answer. You can go back to it at any time.",
                        "Darllenwch am opsiynau A a B ar dudalen yr ymgynghoriad cyn ateb. Gallwch fynd yn ôl ati unrhyw bryd.");
        options.question("agree-option-a", QuestionType.AGREEMENT_SCALE,
                "How far do you agree with option A: each practice opens late one evening a week?",
                "I ba raddau ydych chi’n cytuno ag opsiwn A: pob meddygfa ar agor yn hwyr un noson yr wythnos?");
        options.question("agree-option-b", QuestionType.AGREEMENT_SCALE,
                "How far do you agree with option B: two shared sites, in Barry and Cowbridge?",
                "I ba raddau ydych chi’n cytuno ag opsiwn B: dau safle ar y cyd, yn y Barri ac yn y Bont-faen?");
        options.question("what-matters", QuestionType.RANKING,
                "Put these in order of how much they matter to you",
                "Rhowch y rhain mewn trefn yn ôl faint maen nhw’n bwysig i chi")
                .help("Give 1 to what matters most. Each number once.",
                        "Rhowch 1 i’r hyn sydd bwysicaf. Pob rhif unwaith.")
                .option("own-team", "Seeing my own practice team", "Gweld tîm fy meddygfa fy hun")
                .option("any-evening", "Being able to go on any evening", "Gallu mynd unrhyw noson")
                .option("short-journey", "A short journey", "Taith fer")
                .option("book-online", "Booking online", "Trefnu ar-lein");
        options.question("statements", QuestionType.AGREEMENT_GRID,
                "How far do you agree with each of these?", "I ba raddau ydych chi’n cytuno â phob un o’r rhain?")
                .option("get-to-barry", "I could get to Barry on a weekday evening",
                        "Gallwn i gyrraedd y Barri ar noson yn ystod yr wythnos")
                .option("get-to-cowbridge", "I could get to Cowbridge on a Saturday morning",
                        "Gallwn i gyrraedd y Bont-faen ar fore Sadwrn")
                .option("another-practice", "I would be happy to see a GP from another practice",
                        "Byddwn i’n hapus i weld meddyg teulu o feddygfa arall");
        options.question("travel-minutes", QuestionType.NUMBER,
                "How many minutes would you travel, each way, for an evening appointment?",
                "Sawl munud fyddech chi’n teithio, bob ffordd, i apwyntiad gyda’r nos?")
                .help("A number of minutes, for example 20.", "Nifer o funudau, er enghraifft 20.")
                .range(0L, 180L);

        var more = q.section("anything-else")
                .text("title", "Anything else", "Unrhyw beth arall")
                .text("introduction", "Both questions in this part are optional.",
                        "Mae’r ddau gwestiwn yn y rhan hon yn ddewisol.");
        more.question("other-comments", QuestionType.LONG_TEXT,
                "Is there anything else you would like to tell us about the options?",
                "Oes unrhyw beth arall yr hoffech chi ei ddweud wrthon ni am yr opsiynau?")
                .maxLength(2000).optional();
        more.question("organisation", QuestionType.SHORT_TEXT,
                "If you are answering for a group or organisation, what is it called?",
                "Os ydych chi’n ateb ar ran grŵp neu sefydliad, beth yw ei enw?")
                .maxLength(150).optional();
        return q;
    }

    // ---------------------------------------------------------------- crisis support: early engagement, 6 weeks with a reason

    private boolean crisisSupport(LocalDate today) {
        Optional<ConsultationDefinition> found = consultation("young-peoples-mental-health-crisis-support");
        if (found.isEmpty()) {
            return false;
        }
        ConsultationDefinition c = found.get()
                .questionnaire(questionnaires.save(crisisQuestionnaire(), clock.instant()))
                .decisionExpectedOn(today.plusDays(230))
                .stage(Stage.CASE_FOR_CHANGE, today.minusDays(120), today.minusDays(15))
                .stage(Stage.PRE_CONSULTATION, today.minusDays(14), today.plusDays(28))
                .stage(Stage.OPEN_CONSULTATION, today.plusDays(91), today.plusDays(174))
                .stage(Stage.CLOSED_AWAITING_DECISION, today.plusDays(175), today.plusDays(229))
                .stage(Stage.DECIDED, today.plusDays(230), null)
                .text("purpose",
                        "To design, with young people and their families, the options for crisis support that we will "
                                + "then put to everyone in a formal consultation.",
                        "Cynllunio, gyda phobl ifanc a’u teuluoedd, yr opsiynau ar gyfer cymorth mewn argyfwng y byddwn "
                                + "ni wedyn yn eu rhoi gerbron pawb mewn ymgynghoriad ffurfiol.")
                .text("case-for-change",
                        "Last year 640 young people aged 11 to 25 came to our emergency departments in a mental health "
                                + "crisis, a third of them after 10pm. They told us the waiting rooms are loud and "
                                + "frightening, and that they waited hours to see someone who understood.\n\n"
                                + "At night one crisis team covers the whole region, so help can be a long way away.",
                        "Y llynedd daeth 640 o bobl ifanc rhwng 11 a 25 oed i’n hadrannau achosion brys mewn argyfwng "
                                + "iechyd meddwl, a thraean ohonyn nhw ar ôl 10yh. Dywedon nhw wrthon ni fod yr "
                                + "ystafelloedd aros yn swnllyd ac yn codi ofn, a’u bod wedi aros oriau i weld rhywun oedd "
                                + "yn deall.\n\n"
                                + "Yn y nos mae un tîm argyfwng yn gwasanaethu’r rhanbarth cyfan, felly gall help fod yn "
                                + "bell i ffwrdd.")
                .text("shorter-period-reason",
                        "This is early engagement, not the formal consultation, which will run for 12 weeks. We are asking "
                                + "for six weeks now so that young people can take part before the summer exams, and so that "
                                + "what they say shapes the options.",
                        "Ymgysylltu cynnar yw hwn, nid yr ymgynghoriad ffurfiol, a fydd yn para 12 wythnos. Rydyn ni’n "
                                + "gofyn am chwe wythnos nawr fel bod pobl ifanc yn gallu cymryd rhan cyn arholiadau’r haf, "
                                + "ac fel bod yr hyn maen nhw’n ei ddweud yn llunio’r opsiynau.")
                .text("how-answers-are-used",
                        "Young people from our youth panel read the answers with us and help turn them into options. We "
                                + "publish a summary of what we heard before the formal consultation starts.",
                        "Mae pobl ifanc o’n panel ieuenctid yn darllen yr atebion gyda ni ac yn helpu i’w troi’n "
                                + "opsiynau. Rydyn ni’n cyhoeddi crynodeb o’r hyn a glywson ni cyn i’r ymgynghoriad "
                                + "ffurfiol ddechrau.");
        c.option("line")
                .bilingual("title", "A 24-hour phone and text line", "Llinell ffôn a neges destun 24 awr")
                .bilingual("summary", "Run with young people, answered by trained staff and peer supporters.",
                        "Wedi’i rhedeg gyda phobl ifanc, ac yn cael ei hateb gan staff hyfforddedig a chymheiriaid cefnogol.")
                .bilingual("impact",
                        "Help at any hour without travelling. Some young people would rather talk face to face.",
                        "Help ar unrhyw awr heb deithio. Byddai’n well gan rai pobl ifanc siarad wyneb yn wyneb.");
        c.option("safe-place")
                .bilingual("title", "A safe place to go in the evening", "Lle diogel i fynd gyda’r nos")
                .bilingual("summary", "A calm room in Swansea and in Cardiff, open 6pm to midnight.",
                        "Ystafell dawel yn Abertawe ac yng Nghaerdydd, ar agor 6yh tan hanner nos.")
                .bilingual("impact",
                        "Fewer young people waiting in emergency departments. Young people in rural areas would need "
                                + "transport to get there.",
                        "Llai o bobl ifanc yn aros mewn adrannau achosion brys. Byddai angen cludiant ar bobl ifanc mewn "
                                + "ardaloedd gwledig i gyrraedd yno.");
        c.option("home-visits")
                .bilingual("title", "Crisis workers who visit at home", "Gweithwyr argyfwng sy’n ymweld â’r cartref")
                .bilingual("summary", "A team that can come to a young person’s home within four hours.",
                        "Tîm sy’n gallu dod i gartref person ifanc o fewn pedair awr.")
                .bilingual("impact",
                        "Help where the young person feels safest, with their family. It costs the most, so there would be "
                                + "fewer staff for the other ideas.",
                        "Help lle mae’r person ifanc yn teimlo fwyaf diogel, gyda’i deulu. Dyma’r drutaf, felly byddai "
                                + "llai o staff ar gyfer y syniadau eraill.");
        c.document("early-ideas", today.minusDays(14),
                        EnumSet.of(DocumentFormat.PDF, DocumentFormat.EASY_READ, DocumentFormat.BSL_VIDEO, DocumentFormat.WELSH))
                .bilingual("title", "Our early ideas", "Ein syniadau cynnar")
                .bilingual("description", "The three ideas, and what young people have told us so far.",
                        "Y tri syniad, a’r hyn mae pobl ifanc wedi’i ddweud wrthon ni hyd yma.");
        c.document("what-we-heard", today.minusDays(40),
                        EnumSet.of(DocumentFormat.PDF, DocumentFormat.EASY_READ, DocumentFormat.AUDIO, DocumentFormat.WELSH))
                .bilingual("title", "What young people told us last year", "Beth ddywedodd pobl ifanc wrthon ni y llynedd")
                .bilingual("description", "The report of our listening work in schools, colleges and youth clubs.",
                        "Adroddiad ein gwaith gwrando mewn ysgolion, colegau a chlybiau ieuenctid.");
        c.update(today.minusDays(5))
                .bilingual("title", "Two evening workshops added", "Dau weithdy gyda’r nos wedi’u hychwanegu")
                .bilingual("text",
                        "Young people asked for times outside school, so we have added evening workshops in Swansea and "
                                + "Cardiff. Ask our youth workers to book a place.",
                        "Gofynnodd pobl ifanc am amseroedd y tu allan i’r ysgol, felly rydyn ni wedi ychwanegu gweithdai "
                                + "gyda’r nos yn Abertawe ac yng Nghaerdydd. Gofynnwch i’n gweithwyr ieuenctid i gadw lle.");
        activityId("time-to-listen-young-people").ifPresent(c::linkedActivity);
        consultations.save(c);
        return true;
    }

    private static QuestionnaireDefinition crisisQuestionnaire() {
        QuestionnaireDefinition q = new QuestionnaireDefinition("young-peoples-mental-health-crisis-support")
                .text("title", "Crisis support for young people: your ideas", "Cymorth mewn argyfwng i bobl ifanc: eich syniadau");
        var you = q.section("about-you")
                .text("title", "About you", "Amdanoch chi")
                .text("introduction", "You do not have to give your name.", "Does dim rhaid i chi roi eich enw.");
        you.question("describes-you", QuestionType.SINGLE_CHOICE, "Which of these best describes you?",
                        "Pa un o’r rhain sy’n eich disgrifio orau?")
                .other()
                .option("young-11-15", "A young person aged 11 to 15", "Person ifanc rhwng 11 a 15 oed")
                .option("young-16-25", "A young person aged 16 to 25", "Person ifanc rhwng 16 a 25 oed")
                .option("parent-carer", "A parent or carer", "Rhiant neu ofalwr")
                .option("works-with-young-people", "Someone who works with young people", "Rhywun sy’n gweithio gyda phobl ifanc");
        var ideas = q.section("the-ideas")
                .text("title", "The ideas", "Y syniadau")
                .text("introduction",
                        "There are no right or wrong answers. Tell us what would help you or the young person you care about.",
                        "Does dim atebion cywir nac anghywir. Dywedwch wrthon ni beth fyddai’n eich helpu chi neu’r person "
                                + "ifanc rydych chi’n gofalu amdano.");
        ideas.question("rank-ideas", QuestionType.RANKING, "Put the three ideas in order, 1 for the one that would help most",
                        "Rhowch y tri syniad mewn trefn, 1 i’r un a fyddai’n helpu fwyaf")
                .option("line", "A 24-hour phone and text line", "Llinell ffôn a neges destun 24 awr")
                .option("safe-place", "A safe place to go in the evening", "Lle diogel i fynd gyda’r nos")
                .option("home-visits", "Crisis workers who visit at home", "Gweithwyr argyfwng sy’n ymweld â’r cartref");
        ideas.question("would-text", QuestionType.YES_NO_NOT_SURE, "Would you send a text message to a crisis line?",
                "Fyddech chi’n anfon neges destun at linell argyfwng?");
        ideas.question("why-not-text", QuestionType.LONG_TEXT, "What would stop you?", "Beth fyddai’n eich atal chi?")
                .maxLength(1000).optional().shownIf("would-text", "no");
        ideas.question("safe-place-where", QuestionType.MULTIPLE_CHOICE, "Where could a safe place be?",
                        "Ble gallai lle diogel fod?")
                .help("Choose all that would feel right.", "Dewiswch bob un a fyddai’n teimlo’n iawn.")
                .option("youth-centre", "A youth centre", "Canolfan ieuenctid")
                .option("hospital", "Near a hospital, but not in it", "Yn agos at ysbyty, ond nid ynddo")
                .option("college", "A college or university", "Coleg neu brifysgol")
                .option("town-centre", "A shop front in the town centre", "Blaen siop yng nghanol y dref");
        ideas.question("anything-else", QuestionType.LONG_TEXT, "Is there anything else we should know?",
                "Oes unrhyw beth arall y dylen ni ei wybod?").maxLength(2000).optional();
        return q;
    }

    // ---------------------------------------------------------------- closed and decided: details without a questionnaire

    private boolean carersStrategy(LocalDate today) {
        Optional<ConsultationDefinition> found = consultation("unpaid-carers-strategy");
        if (found.isEmpty()) {
            return false;
        }
        ConsultationDefinition c = found.get()
                .decisionExpectedOn(today.plusDays(40))
                .stage(Stage.CASE_FOR_CHANGE, today.minusDays(300), today.minusDays(201))
                .stage(Stage.PRE_CONSULTATION, today.minusDays(200), today.minusDays(106))
                .stage(Stage.OPEN_CONSULTATION, today.minusDays(105), today.minusDays(21))
                .stage(Stage.CLOSED_AWAITING_DECISION, today.minusDays(20), today.plusDays(39))
                .stage(Stage.DECIDED, today.plusDays(40), null)
                .text("purpose",
                        "To agree how the health board and councils will support unpaid carers over the next five years.",
                        "Cytuno sut bydd y bwrdd iechyd a’r cynghorau’n cefnogi gofalwyr di-dâl dros y pum mlynedd nesaf.")
                .text("how-answers-are-used",
                        "We are reading every response. The board reads a report of what people said before it decides.",
                        "Rydyn ni’n darllen pob ymateb. Mae’r bwrdd yn darllen adroddiad ar yr hyn a ddywedodd pobl cyn "
                                + "penderfynu.");
        c.document("draft-strategy", today.minusDays(105), EnumSet.of(DocumentFormat.PDF, DocumentFormat.EASY_READ,
                        DocumentFormat.LARGE_PRINT, DocumentFormat.WELSH))
                .bilingual("title", "Draft strategy for unpaid carers", "Strategaeth ddrafft ar gyfer gofalwyr di-dâl")
                .bilingual("description", "The draft we consulted on.", "Y drafft y buon ni’n ymgynghori arno.");
        consultations.save(c);
        return true;
    }

    private boolean hospitalBeds(LocalDate today) {
        Optional<ConsultationDefinition> found = consultation("community-hospital-beds-swansea");
        if (found.isEmpty()) {
            return false;
        }
        ConsultationDefinition c = found.get()
                .decisionExpectedOn(today.minusDays(150))
                .stage(Stage.OPEN_CONSULTATION, today.minusDays(280), today.minusDays(196))
                .stage(Stage.CLOSED_AWAITING_DECISION, today.minusDays(195), today.minusDays(151))
                .stage(Stage.DECIDED, today.minusDays(150), null)
                .text("purpose",
                        "To decide the future of beds at two community hospitals in Swansea.",
                        "Penderfynu dyfodol gwelyau mewn dau ysbyty cymuned yn Abertawe.");
        consultations.save(c);
        return true;
    }
}
