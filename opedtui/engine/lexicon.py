"""General English news vocabulary the rules lean on.

Hand-written from how English-language news attributes speech; nothing here is
taken from any evaluation document. Everything is lower-case and frozen so look-ups
are cheap set membership tests.
"""

from __future__ import annotations

# Verbs that report speech or writing, in every inflection news uses.
_SPEECH_STEMS = """
say:said:says:saying tell:told:tells:telling add:added:adds:adding
continue:continued:continues:continuing insist:insisted:insists:insisting
write:wrote:writes:writing state:stated:states:stating explain:explained:explains:explaining
note:noted:notes:noting argue:argued:argues:arguing claim:claimed:claims:claiming
declare:declared:declares:declaring ask:asked:asks:asking reply:replied:replies:replying
respond:responded:responds:responding answer:answered:answers:answering
warn:warned:warns:warning stress:stressed:stresses:stressing
emphasize:emphasized:emphasizes:emphasizing emphasise:emphasised:emphasises:emphasising
acknowledge:acknowledged:acknowledges:acknowledging admit:admitted:admits:admitting
announce:announced:announces:announcing observe:observed:observes:observing
remark:remarked:remarks:remarking suggest:suggested:suggests:suggesting
recall:recalled:recalls:recalling concede:conceded:concedes:conceding
contend:contended:contends:contending maintain:maintained:maintains:maintaining
tweet:tweeted:tweets:tweeting post:posted:posts:posting shout:shouted:shouts:shouting
yell:yelled:yells:yelling whisper:whispered:whispers:whispering joke:joked:jokes:joking
quip:quipped:quips:quipping predict:predicted:predicts:predicting
promise:promised:promises:promising vow:vowed:vows:vowing pledge:pledged:pledges:pledging
assert:asserted:asserts:asserting affirm:affirmed:affirms:affirming
allege:alleged:alleges:alleging complain:complained:complains:complaining
confirm:confirmed:confirms:confirming deny:denied:denies:denying
comment:commented:comments:commenting counter:countered:counters:countering
retort:retorted:retorts:retorting mention:mentioned:mentions:mentioning
testify:testified:testifies:testifying urge:urged:urges:urging
caution:cautioned:cautions:cautioning conclude:concluded:concludes:concluding
boast:boasted:boasts:boasting lament:lamented:laments:lamenting muse:mused:muses:musing
reveal:revealed:reveals:revealing recount:recounted:recounts:recounting
describe:described:describes:describing call:called:calls:calling
wonder:wondered:wonders:wondering plead:pleaded:pleads:pleading:pled
demand:demanded:demands:demanding exclaim:exclaimed:exclaims:exclaiming
proclaim:proclaimed:proclaims:proclaiming reiterate:reiterated:reiterates:reiterating
elaborate:elaborated:elaborates:elaborating interject:interjected:interjects:interjecting
opine:opined:opines:opining text:texted:texts:texting email:emailed:emails:emailing
e-mail:e-mailed:e-mails:e-mailing report:reported:reports:reporting
read:reads agree:agreed:agrees:agreeing disagree:disagreed:disagrees:disagreeing
laugh:laughed:laughs:laughing sigh:sighed:sighs:sighing cry:cried:cries
scream:screamed:screams:screaming beg:begged:begs:begging
tout:touted:touts:touting praise:praised:praises:praising
criticize:criticized:criticizes:criticizing criticise:criticised:criticises:criticising
accuse:accused:accuses:accusing blast:blasted:blasts:blasting
charge:charged:charges:charging point:pointed:points:pointing
hint:hinted:hints:hinting signal:signaled:signals:signaling
offer:offered:offers:offering propose:proposed:proposes:proposing
brag:bragged:brags:bragging vent:vented:vents:venting
grumble:grumbled:grumbles:grumbling quote:quoted:quotes:quoting
concur:concurred:concurs:concurring echo:echoed:echoes:echoing
summarize:summarized:summarizes:summarizing summarise:summarised:summarises:summarising
thunder:thundered:thunders:thundering snap:snapped:snaps:snapping
chime:chimed:chimes:chiming mutter:muttered:mutters:muttering
blurt:blurted:blurts:blurting chant:chanted:chants:chanting ruled
voice:voiced:voicing express:expressed:expresses:expressing
characterize:characterized:characterizes:characterise:characterised
label:labeled:labelled term:termed dub:dubbed:dubs
assure:assured:assures reason:reasoned recommend:recommended:recommends
advise:advised:advises threaten:threatened:threatens estimate:estimated
speculate:speculated:speculates worry:worried fret:fretted:frets
scoff:scoffed:scoffs gush:gushed:gushes rave:raved:raves tease:teased:teases
taunt:taunted:taunts mock:mocked:mocks decry:decried:decries denounce:denounced:denounces
condemn:condemned:condemns slam:slammed:slams question:questioned
dispute:disputed:disputes reject:rejected:rejects dismiss:dismissed:dismisses
sing:sang:sings:singing pray:prayed:prays blamed blame blames
acknowledged explain:explained vowed herald:heralded:heralds hail:hailed:hails
brand:branded deem:deemed:deems retaliate:retaliated:retaliates exhort:exhorted:exhorts
implore:implored:implores encourage:encouraged:encourages laud:lauded:lauds
gloat:gloated:gloats knock:knocked:knocks applaud:applauded:applauds chide:chided:chides
scold:scolded:scolds rebuke:rebuked:rebukes ridicule:ridiculed:ridicules
lambaste:lambasted:lambastes needle:needled:needles
bark:barked:barks bellow:bellowed:bellows boom:boomed:booms chuckle:chuckled:chuckles
clarify:clarified:clarifies confess:confessed:confesses crow:crowed:crows
deride:derided:derides fume:fumed:fumes gripe:griped:gripes
groan:groaned:groans grouse:groused:grouses holler:hollered:hollers inquire:inquired:inquires
marvel:marveled:marvelled:marvels mumble:mumbled:mumbles murmur:murmured:murmurs
posit:posited:posits rebut:rebutted:rebuts roar:roared:roars snarl:snarled:snarls
sneer:sneered:sneers snipe:sniped:snipes swear:swore:swears theorize:theorized:theorizes
surmise:surmised:surmises underscore:underscored:underscores bemoan:bemoaned:bemoans
deplore:deplored:deplores insinuate:insinuated:insinuates aver:averred:avers rail:railed:rails
huffed beamed raged pressed cited indicated portrayed portrays depicted credited thanked
reminded reacted commended
characterizing characterising labeling labelling terming dubbing assuring recommending advising
threatening speculating scoffing gushing teasing taunting mocking decrying denouncing condemning
slamming questioning disputing rejecting dismissing blaming heralding hailing branding deeming
exhorting imploring encouraging lauding gloating applauding chiding scolding rebuking ridiculing
lambasting clarifying confessing deriding underscoring bemoaning deploring insinuating railing
citing portraying depicting crediting thanking reminding
liken:likened:likens:likening compare:compared:compares:comparing referenced referencing
imply:implied:implies:implying repeat:repeated:repeating apologize:apologized:apologizes:apologizing
protest:protested:protesting object:objected:objecting inform:informed:informs:informing
cite:cites remind:reminds relay:relayed:relays:relaying invoke:invoked:invokes:invoking coined
refer:referred:refers:referring
"""
SPEECH_VERBS: frozenset[str] = frozenset(
    form for group in _SPEECH_STEMS.split() for form in group.split(":")
)
BASE_FORMS: frozenset[str] = frozenset(
    group.split(":")[0] for group in _SPEECH_STEMS.split() if ":" in group
) - {"said"}
"""Bare forms ("say", "claim", "note"): many double as nouns, so they need a
subject that takes them."""

# Verbs that report speech only with a particle or object ("pointed out",
# "called for"): they attribute a quote but are weak on their own.
WEAK_SPEECH_VERBS: frozenset[str] = frozenset(
    "point pointed points pointing call called calls calling read reads offer offered offers "
    "quote quoted quotes quoting report reported reports reporting post posted posts posting "
    "charge charged charges charging signal signaled signals hint hinted hints "
    "describe described describes describing text texts chime chimed "
    "cited indicated portrayed portrays depicted credited thanked reminded reacted commended "
    "refer referred refers referring".split()
)

PHRASAL_SPEECH_VERBS: dict[str, str] = {
    **dict.fromkeys("fired fires shot shoots hit hits pushed pushes struck strikes snapped snaps".split(), "back"),
    "wrote": "back", "writes": "back",
    "went": "on", "goes": "on", "cut": "in", "broke": "in", "piped": "up", "spoke": "up",
    "put": "it", "puts": "it",
}
"""Verbs that report speech with their particle only: “…,” she shot back / went on."""

SUBJECT_PRONOUNS: frozenset[str] = frozenset("he she they i we it".split())
POSSESSIVE_PRONOUNS: frozenset[str] = frozenset("his her their its my our your".split())
COLLECTIVE_NOUNS: frozenset[str] = frozenset("police people staff public media press crowd team family government".split())
"""Nouns for groups that take a plural verb and "they" without a plural "-s"."""

PRONOUN_OF_POSSESSIVE: dict[str, str] = {"his": "he", "her": "she", "their": "they", "its": "it"}
"""The third-person possessives, each with the pronoun for its owner: "her statement" is what "she" issued."""
DETERMINERS: frozenset[str] = frozenset("the a an this that these those another one".split())

# Words that cannot be part of a speaker's noun phrase: they end a backward scan.
NP_BREAKERS: frozenset[str] = frozenset(
    """
    and or but nor so yet if whether when while because although though as since until unless
    that which who whom whose where what why how than then there here
    is are was were be been being am has have had do does did will would shall should
    can could may might must not no never also just only even still
    in on at by with from into onto upon about over under after before between against
    during without within through across around among toward towards to
    it its this these those them him her his their our my your me us you
    said says say told tells added adds
    he she we they i hear hears heard overheard see sees saw watched
    """.split()
)

# Adverbs that may sit between a speaker and the verb ("he later said").
ADVERBS: frozenset[str] = frozenset(
    """
    also later further then again once recently previously earlier still simply
    quickly finally first repeatedly often sometimes frequently reportedly publicly
    privately separately immediately flatly bluntly angrily quietly calmly always never
    already now long since ago even just only
    """.split()
)

# Titles and honorifics that precede a name and are not part of it.
TITLES: frozenset[str] = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady
    sen sen. senator rep rep. representative gov gov. governor lt lt. gen gen. general
    col col. colonel capt capt. captain sgt sgt. sergeant maj maj. major cmdr adm adm. admiral
    const const. cst cst. cpl cpl. corporal pte pte. atty atty. brig brig. brigadier
    president vice-president vp premier prime minister chancellor mayor judge justice
    chief secretary attorney director coach commissioner superintendent sheriff officer
    detective inspector constable councillor councilor alderman ambassador bishop
    father rev rev. reverend rabbi imam pope king queen prince princess speaker chairman
    congressman congresswoman councilman councilwoman assemblyman assemblywoman
    chairwoman chair ceo cfo coo minister deputy leader candidate former acting
    mp mpp mla mep senior junior first lady gop democrat republican
    """.split()
)

# Suffixes that follow a surname and are not it.
NAME_SUFFIXES: frozenset[str] = frozenset("jr jr. sr sr. ii iii iv phd md esq".split())

# Lower-case particles inside names: Ludwig van Beethoven, Omar al-Rashid.
NAME_PARTICLES: frozenset[str] = frozenset("van von der den de del della da di du le la bin ibn al el st.".split())

# Past forms of naming verbs, which may be participles giving a thing its name
# ("an app called “Tally”") rather than reporting what someone called it.
NAMING_PARTICIPLES: frozenset[str] = frozenset("called dubbed nicknamed labeled labelled branded".split())

# Nouns of things said: a quote right before one gives its words ("his “not there yet” remark").
UTTERANCE_NOUNS: frozenset[str] = frozenset(
    "remark remarks comment comments quip quips claim claims statement tweet tweets joke jab gaffe pledge promise vow boast".split()
)

# Nouns for writings that "say" things on their authors' behalf.
WRITING_NOUNS: frozenset[str] = frozenset(
    """
    piece op-ed oped article essay column editorial letter memo memorandum book report
    statement post tweet blog document manuscript commentary opinion note paper study
    complaint lawsuit indictment affidavit filing petition ruling verdict subpoena warrant
    ad advertisement video poll survey transcript
    """.split()
)

# Nouns that name whoever wrote a writing.
AUTHOR_NOUNS: frozenset[str] = frozenset("writer author columnist essayist letter-writer".split())

# Nouns for what people do, which news puts right before a person's name
# ("immigration lawyer Ana Ruiz", "spokesperson Li Wen").
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    spokesperson spokesman spokeswoman lawyer analyst economist expert professor researcher
    scientist doctor physician nurse teacher student resident organizer organiser founder
    co-founder owner manager director executive officer president chair accountant engineer
    activist advocate author writer columnist editor reporter journalist consultant official
    politician candidate leader member volunteer worker employee farmer coach player captain
    driver pilot artist singer musician designer developer entrepreneur investor banker
    strategist historian psychologist psychiatrist surgeon dentist pharmacist
    pastor priest minister veteran survivor victim witness patient parent neighbour neighbor
    photographer filmmaker producer broadcaster commentator pollster lobbyist negotiator
    prosecutor defender firefighter paramedic chef baker mechanic electrician contractor
    """.split()
)

# First-word capitals that start sentences but are not names.
NOT_NAMES: frozenset[str] = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our my
    but and or so yet if when while because although though as since until in on at by
    for with from after before during without there here then now today yesterday
    tomorrow monday tuesday wednesday thursday friday saturday sunday january february
    march april june july august september october november december
    mr mrs ms dr some many most all both each every no not one two three
    unlike despite including meanwhile however also still even only just instead earlier
    later like according read watch related more photo video advertisement others other
    critics supporters officials residents
    """.split()
)

# Words that mark a capitalised run as a body (an organisation), not a person.
ORGANISATION_NAME_WORDS: frozenset[str] = frozenset(
    """
    inc corp ltd co llc plc foundation association society institute university college school
    hospital church catholic cup league party
    press news times post journal herald star record tribune gazette chronicle globe mail
    examiner observer telegraph courier magazine bulletin dispatch sentinel
    department ministry agency office council committee commission board bank group company
    energy hydro airlines airport house court club team union federation alliance network
    radio tv television museum library reserve fund trust capital holdings partners services
    systems technologies media studio studios festival awards award championship conference
    summit forum authority institute diocese
    ferries airways railways motors industries pharmaceuticals laboratories labs foods brands
    stores resources logistics communications entertainment pictures publishing insurance
    securities investments ventures solutions software telecom utilities transit automotive
    mining petroleum electric
    """.split()
)

# Words that mark a capitalised run as a place or a thing, not a person.
PLACE_NAME_WORDS: frozenset[str] = frozenset(
    """
    canada america county province state city region district street avenue road park centre
    center island river lake mountain north south east west new series tour act bill british
    columbia canadian american western eastern northern southern european african asian syrian
    chinese russian french german mexican indian
    """.split()
)
NON_PERSON_NAME_WORDS: frozenset[str] = ORGANISATION_NAME_WORDS | PLACE_NAME_WORDS

# Time words a cue may carry between its speaker and its verb ("Smith on Monday said").
WEEKDAYS: frozenset[str] = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TIME_WORDS: frozenset[str] = WEEKDAYS | frozenset(
    """
    today yesterday tonight
    week weekend month year day night morning afternoon evening this last next on earlier
    """.split()
)

FEMALE_TITLES: frozenset[str] = frozenset("mrs mrs. ms ms. miss dame lady queen princess chairwoman".split())
MALE_TITLES: frozenset[str] = frozenset("mr mr. sir lord king prince chairman father".split())

# Nouns that give the person named right after them a gender: "husband Omar
# Haddad", "her daughter Mia".
FEMALE_NOUNS: frozenset[str] = frozenset(
    """
    wife mother daughter sister aunt niece grandmother granddaughter girlfriend fiancee
    fiancée widow mom mum stepmother stepdaughter woman girl actress businesswoman
    spokeswoman chairwoman congresswoman councilwoman sportswoman
    """.split()
)
MALE_NOUNS: frozenset[str] = frozenset(
    """
    husband father son brother uncle nephew grandfather grandson boyfriend fiance widower
    dad stepfather stepson man boy actor businessman spokesman chairman congressman
    councilman sportsman
    """.split()
)

PERSON_NOUN_ENDINGS = ("er", "or", "ist", "man", "woman", "ess", "ian", "ant", "ent", "ee")
"""Endings of nouns for people: reporter, governor, analyst, chairman, actress, resident."""

UNISEX_NAMES: frozenset[str] = frozenset(
    """
    pat chris alex sam lee terry robin leslie jean dana jesse cameron drew charlie jo noel
    sidney rene sandy andrea nicola kim jamie jordan taylor casey morgan riley avery
    """.split()
)
"""Given names news gives women and men alike ("Pat", "Chris", "Andrea"). The
name lists below still hold the commoner reading (most Chrises in the news
are men), but a "he" or "she" that finds no one else may stand for one."""

# Common given names whose bearers are usually women or men: a prior for "she"
# and "he" when the text has not said. General English naming, not a census.
FEMALE_NAMES: frozenset[str] = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa
    deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole samantha katherine christine debra rachel catherine carolyn janet
    ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren
    joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann
    teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
    amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
    charlotte rose alexis kayla nikki nancy madeleine
    elaine michelle chelsea jill elizabeth susan claire
    theresa angela justine jody catherine kathleen andrea caroline
    christy rachel rona mélanie melanie jane joanne joanna louise emma sophie chloe lucy
    ellen erin tina tracy wendy yvonne valerie vanessa monica paula sylvia sheila sally
    ruby molly jenny leah lily ella ava mia zoe naomi nora irene iris eva gail fiona
    holly hope ida jessie june kate katie kim lori lynn maggie marcia margo marlene
    meredith nina peggy phyllis rita roberta robin rosa roxanne stacy sue susanne tammy
    tanya tara vera vicki wanda whitney yolanda beth bonnie candace carla carmen cindy
    colleen dana dawn debbie edith eileen ellie esther faye florence geraldine gwen
    harriet jan jo josephine kristen kristin krista leslie lorraine lucia mandy marian
    maureen miriam nadia patti penny priya renee sabrina shannon sonia stella suzanne
    lena anne annie alison allison amelia angelina audrey bella bethany bianca bridget
    caitlin cara carly carrie cassandra cecilia charlene clara claudia connie courtney
    darlene delia della dolores dora elena eliza elise eleanor elisa elsa emilia erica
    erika estelle ethel eugenia eunice felicia gabriela gabrielle genevieve gina giselle
    greta hailey haley heidi helena hilary hillary imogen ingrid irma isabel isabelle
    jeanne jenna jillian jocelyn josie juliana julianne juliet kara karina kathy katrina
    kelsey kendra kerry kirsten kristina kylie lana laurie leila lila lillian lindsay liz
    lola lorna lucille luisa lydia mabel madeline mae marcy margarita mariah marianne
    marina marisa marissa marjorie marla martina maxine melinda mildred mindy miranda
    monique muriel myra nadine natasha nell nicola noelle norma olga paige pauline
    penelope petra rachael ramona rebekah regina rhonda rosalind rosemary sadie samira
    sandy selena serena shelby sherry simone sofia sonya stacey susie tamara tessa
    thelma tiffany toni tracey trisha ursula veronica viola vivian wilma yasmin zara
    gretchen betsy becky hattie janine jeanette jeannie joann juanita kristine leticia
    marta tatiana yvette agnes alma beatrice bernice cora edna elsie gertrude ines inez
    lorena lucinda magdalena billie
    anjali sunita neha pooja kavita deepa meera lakshmi shreya divya nisha rekha asha preeti
    fatima aisha amina zainab maryam huda rania salma hana ngozi chioma amara adaeze folake nneka
    keisha latoya svetlana irina camila valentina ximena francesca giulia chiara alessandra
    keiko mei
    """.split()
)
MALE_NAMES: frozenset[str] = frozenset(
    """
    james john robert michael william david richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
    george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
    stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
    raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter
    kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
    carl arthur lawrence dylan jesse bryan billy joe bruce gabriel logan albert
    willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
    philip louis ted marco mike chris rick ben hugh
    bill barney tim kim jim tom bob ted dick sean steve rudy rex ivan vladimir
    justin stephen pierre jean doug rob andrew maxime jason francois françois
    emmanuel boris nigel theresa kurt lindsey mitch chuck harry howard lou
    luke martin max neil oliver oscar owen phil ray rod ross sam simon stanley stuart
    todd tony travis trevor victor vince warren wesley will xavier zach alex allen andy
    barry brad brett calvin cameron chad clayton clint cody colin craig curtis dale
    dan darren dean derek don drew duane dustin earl ed eddie edwin eli elliot evan
    floyd fred gene glenn gordon graham grant greg hank herbert ian isaac jake jared
    jay jeff jerome jimmy joel johnny jon julian karl ken kenny lance lee leo leon
    leonard lloyd lucas malcolm marcus mario marvin matt maurice melvin miles milton
    nathaniel nick norman omar pat perry preston quinn ralph reggie ricky roland
    ron ronnie rory roy russ ruben seth shane shawn spencer ted terrence theo
    abdul abraham adrian ahmed alberto alejandro alfred ali alvin amir andre angelo
    antonio armando arnold benny bernard bernie bert blake bradley brendan brent bryce
    byron caleb carlos cecil cedric charlie chester clarence claude clifford clyde cole
    conor connor cory damian damon danny darrell darryl dave declan denis desmond devin
    diego dominic donovan dwight edgar eduardo elias elmer emil emilio enrique ernest
    ernie erik ezra felix fernando francis francisco franklin freddie gareth gavin
    geoffrey gilbert giovanni giuseppe glen gustavo hamid hans hector herman hussein
    ibrahim igor irving jaime jamal javier jeffery jeremiah joaquin joey johan jonah
    jorge josh kareem kelvin khalid kirk klaus lamar lars leroy lester lionel lorenzo
    luis luther manuel marc marcel marcos mathieu matthias mauricio maxwell michel
    miguel mikhail mitchell mohamed mohammad mohammed moses muhammad murray nelson
    nicolas nikolai noel otto pablo pedro percy pete rafael rahul ramon randall raul
    reginald rene reuben ricardo roberto rocco rodney rodrigo rolf ronan rudolph rupert
    salvador sammy santiago saul sebastian sergei sergio shaun sherman sidney stefan
    sven terrance thierry tobias toby tommy trent tristan troy tyrone ulrich viktor
    vernon wallace walt wendell wilbur wilfred winston wolfgang yusuf yuri lyndon
    anil ravi raj arjun vikram sanjay deepak amit suresh rajesh vijay ashok manoj nikhil rohit
    ajay mohan ramesh jagmeet hassan tariq mustafa hamza bilal karim nabil samir walid ziad youssef
    mahmoud kwame kofi kwabena chidi emeka chinedu obinna tunde darnell dmitri pavel hiroshi kenji
    takeshi andres arturo mateo luca matteo alessandro francesco
    """.split()
) - FEMALE_NAMES

# Nouns for bodies and things rather than people: "the company said" stays the company.
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    """
    company government ministry department agency police office campaign committee group
    union court council board commission party administration newspaper network station
    team club university school college hospital city county province state organization
    organisation association foundation firm bank airline website site magazine program
    programme show service force army military navy embassy consulate authority institute
    centre center coalition alliance federation league corporation business store airport
    utility industry regulator watchdog tribunal panel jury inquiry opposition legislature
    parliament congress senate house cabinet white spokesperson-office family poll survey
    diocese archdiocese church parish public utility
    """.split()
) | WRITING_NOUNS

