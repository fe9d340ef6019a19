"""Data tables of names: the first names that show a run of capitalised words names a person.

Kept apart from :mod:`quoteverify.lexicon`, whose tables are about words rather than names.
"""

from __future__ import annotations

# Common first names, for the gender that pronoun resolution needs ("she said" after two men
# and a woman were named) and as evidence that a run of capitalised words names a person. Written
# for this project from common knowledge of naming in many countries (the English-speaking
# world, Europe, the Arab world, Iran, South Asia, East and Southeast Asia, West, East and
# southern Africa): about 1,900 names, no more than a few kilobytes. Left out: names that are
# also frequent words or acronyms (Hope, Will as a word, RAM, AMA), one-syllable romanised Chinese
# given names (Wei, Li: as often surnames), and names that are mostly places (Sydney, India).
# Unknown names stay ungendered, and a name the document shows to be a person's (a title, a
# role, "Ferreira said") needs no entry here.
FEMALE_NAMES = frozenset(
    """
    abbie agnes alison amelia annabel annie audrey bernadette beth bethany carla carmel
    cassandra celia clara claudia constance cora debbie delia edith eliza elsie emilia
    estelle ethel eva evie felicity freya georgina gemma gillian gwen hayley helena imogen
    isla jade jasmine jemma jessie jo joanne josephine kirsty leanne lorna louise lucy
    lydia mabel maggie maisie marion mavis maxine mildred millie miranda nell nina norma
    olive pauline philippa polly poppy rebekah renee rhiannon rosalind rosemary rosie
    sally selina shona tessa thelma valerie vera winifred zara aileen janet
    bronwen carys cerys eleri ffion gwyneth seren nia sian catrin lowri elin angharad rhian
    aisling aine caoimhe clodagh deirdre eimear mairead maeve muireann orla roisin
    saoirse sorcha una ailsa catriona eilidh iona morag mhairi
    adele agathe anais aurelie cecile celine clemence delphine elodie emilie francoise
    genevieve ghislaine laetitia lea lucie margaux marianne mathilde nathalie noemie
    oceane sandrine severine solene sylvie veronique virginie lise camille
    anja annika bettina christiane dagmar elke frauke gisela hannelore ilse ingeborg jutta
    karin kerstin lotte maren renate rosemarie silke susanne ute wiebke femke fleur lieke
    marieke maaike sanne saskia anouk birgitta freja hanne hilde linnea liv maja malin
    mette pernille ragnhild sigrid siri solveig tove ulla
    alessia antonella cristina elisa gianna ilaria lorenza luisa marisa rosaria serena
    ana antonia araceli blanca catalina concepcion consuelo esperanza graciela isabel
    josefina juana leticia lourdes luz marisol mercedes milagros montserrat nuria raquel
    rosario soledad ximena yolanda adriana bianca joana leonor luana rita
    alina alla anastasia daria ekaterina galina inna kateryna lyudmila marina nadezhda
    polina sofia zoya zuzana jana lenka hana ivana jelena milica dragana snezana katerina
    eleni dimitra ayse elif emine fatma hatice merve zeynep ozlem gulsen
    amira asma basma dalia farah ghada hala hanaa heba iman jamila khadija lamia lubna maha
    manal mona nabila nour rana randa sahar salwa shaima soha suad wafa yasmine zahra zeina
    azadeh fariba mahsa nasrin parisa roya shirin soraya
    aarti anita anushka archana arundhati bhavna chitra deepika gauri geeta hema indu jaya
    jyoti kalpana kamla lata madhu malini mamta manisha maya meena mohini nandini nisha
    padma parvati pratibha preeti radha rashmi rekha renu ritu sangeeta sarita savita seema
    shanti sharmila shilpa shobha sonia sudha sujata sushma swati uma usha vandana vidya
    yamini sneha fauzia nasreen rubina saima shazia sadia farzana tahmina nusrat
    aiko ayumi chiaki haruka hiroko kaori kazuko mariko mayumi megumi michiko miyuki naoko
    noriko sachiko sakura tomoko yumiko yumi jisoo minji soo-jin eun-ji mei thuy trang huong
    linh ngoc maricel siriporn
    adaora adanna amarachi chiamaka chidinma chinwe chinyere ifeoma ijeoma nneka nkechi
    obiageli yetunde funmilayo folasade bukola titilayo omolara abimbola aminat hadiza
    hauwa fatou aminata mariama adwoa afua akua esi yaa wairimu njeri nyambura akinyi
    atieno achieng awino makena zawadi neema rehema halima mwajuma nomsa thandeka lindiwe
    nokuthula nandi zodwa palesa lerato naledi ayaan hodan fadumo ubah asha sahra selam
    tigist meron hirut chipo aroha mere ngaire
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda
    melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela
    helen anna brenda pamela nicole emma samantha katherine christine debra rachel
    catherine carolyn janet ruth maria heather diane virginia julie joyce victoria
    olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
    jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris
    abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie
    diana brittany natalie isabella charlotte rose alexis kayla hillary nikki kellyanne
    sabrina nancy elizabeth kamala ivanka melania michelle huma donna loretta
    condoleezza madeleine sheryl jill sarah marsha kirsten tammy tulsi alexandria ilhan
    ayanna rashida liz susana katie kate jane anne claire angela theresa ursula kristi
    giorgia marine christine jacinda sanna kaja
    lena maura niamh rosa karine aoife siobhan sinead ciara fiona eileen bridget moira
    ellen eleanor harriet yvette yvonne nadine nadia rania layla leila fatima aisha amina
    zainab mariam maryam noura huda hanan samira yasmin salma dina lina reem amal ayesha
    priya anjali sunita lakshmi deepa divya kavita pooja neha shreya aditi meera nirmala
    indira smriti mamata yuki yoko keiko akiko ngozi chioma adaeze amaka folake wanjiru
    zanele thandiwe nomvula akosua efua abena lucia carmen pilar dolores guadalupe rocio
    alejandra gabriela valentina camila paula daniela mariana fernanda beatriz ines marta
    elena irene silvia francesca giulia chiara federica alessandra paola simona beatrice
    isabelle sophie camille chloe manon juliette amelie brigitte segolene helene astrid
    greta annalena svenja petra heike sabine katrin anke birgit ulrike angelika magdalena
    agnieszka katarzyna malgorzata joanna ewa olena oksana tetiana yulia iryna natalia
    svetlana tatiana olga ludmila irina tamar keira rachael becky jenny tina gina regina
    vanessa veronica monica erin kathy cathy carrie courtney crystal tiffany whitney
    kristen kristin tara tanya sonya wendy peggy connie bonnie shannon colleen maureen
    noreen nora norah rita gail janine jeanne jeanette lorraine elaine arlene darlene
    charlene marlene roberta caroline abby gretchen heidi holly jodi joni lori marcia
    meghan molly patty penny phyllis priscilla rhonda sheila stacey stacy sue susie sylvia
    tamara vicki wanda iris daisy lily ruby hazel violet ava mia ella zoe stella naomi
    leah esther miriam talia shira yael ayelet tzipi golda nikki margot ingrid liesl
    """.split()
)
MALE_NAMES = frozenset(
    """
    abe alastair alfie archibald arnold benedict bernard bertie cameron charlie clive
    dean denis edmund ewan finlay fraser gareth geoff giles graham hugh humphrey jamie
    jasper lewis mervyn neville nigel noel ollie percy rupert sidney stewart toby tristan
    vince wilfred gord lachlan
    aled alun bryn dafydd emyr geraint gethin gruffydd huw ieuan iestyn iwan owain rhodri
    rhys tomos wyn aidan cathal colum cormac donal eamon eamonn fintan lorcan micheal
    ronan ruairi tadhg diarmuid fionn gregor iain murdo
    alexandre antoine arnaud baptiste benoit bertrand cedric christophe clement damien
    etienne fabien florian frederic gilles guillaume henri herve jean-pierre jean-claude
    julien lionel loic lucien marcel mathieu maxime olivier patrice raphael remi
    renaud romain thibault valentin xavier yann gaetan ghislain rejean yvon
    bernd dirk gunter hartmut heiko holger ingo joachim jorg karsten lothar lutz manfred
    matthias norbert ralf reinhard rolf rudiger thorsten ulrich volker werner wilhelm bram
    daan jeroen joost maarten pieter piet ruud sander sjoerd wouter willem geert
    arne bengt eirik einar erling fredrik gunnar haakon hakon henrik jonas kjell knut
    lasse leif mats mikkel morten niklas olav pekka rasmus stig ulf
    alessandro carlo claudio cristiano dario davide emanuele enrico fabio filippo gianluca
    gianni giorgio massimo maurizio michele nicola paolo pietro raffaele riccardo salvatore
    silvio stefano vincenzo alfonso alvaro armando arturo cesar cristian efrain ernesto
    esteban fausto federico gerardo gonzalo guillermo horacio humberto jesus leonel lucas
    marcos mariano mauricio octavio osvaldo ramiro ramon raul reynaldo rigoberto ruben
    saul teodoro ulises joao rui tiago vasco duarte goncalo nuno
    bogdan dariusz dragan goran jiri josef karel ladislav marek miroslav nikola petr radek
    stanislav tadeusz vladislav wojciech zbigniew zoran anatoly arkady fyodor gennady
    grigory konstantin leonid maksim pavel stepan vadim vasily vyacheslav yaroslav bohdan
    mykola serhiy yevhen giorgos georgios kostas konstantinos nikos yannis dimitris christos
    panagiotis ahmet emre hakan kemal mehmet murat ozgur serkan burak cem
    adel ayman bilal essam fadi fouad habib hani hatem hisham jamil khalil majid marwan
    mazen mounir nasser osama qasim raed ramzi riad salah salim tamer tarek wael yahya
    younis ziad abbas akbar amir babak behrouz dariush farhad hossein javad kaveh mehdi
    mohsen morteza nader payam reza shahram
    aamir abhishek aditya ajay akhilesh amitabh anand arjun arun ashish bhupesh deepak
    devendra dinesh ganesh gautam gopal harish hemant jitendra kailash karan kartik krishna
    madhav manish manoj mukesh nandan naveen nitin nitish pankaj prakash pranab pradeep
    prashant rajendra rajnath rakesh ranjit rohit sachin sandeep santosh satish shashi
    shivraj siddharth subhash sudhir sunil surendra tushar uday vikram vinod virat vivek
    yogesh yashwant farhan irfan junaid kashif naveed rizwan shahid tahir waqar zafar
    zubair asif babar nadeem sohail
    akira daisuke haruto hayato hideo hiroki kazuo kenta koji makoto masahiro naoki osamu
    ryota satoshi shigeru shota taichi takeshi tetsuya yusuke min-jun jae-in dong-hyun
    ji-hoon sung-min young-ho minh tuan thanh quang somchai thaksin joko prabowo susilo
    anwar mahathir najib
    abubakar adamu aliyu babajide bayo chidi chinedu chukwuma emeka ikenna kelechi nnamdi
    obinna olumide oluwaseun segun tunde wale yemi akin femi kunle dapo gbenga kayode
    rotimi jide musa sani yakubu kojo kwabena kwaku kweku abdi guled otieno odhiambo ochieng
    omondi onyango kiprop wafula mutua njoroge baraka jabari juma hamisi rashidi tendai
    tafadzwa farai sipho themba bongani sibusiso mandla jabulani lwazi siyabonga kagiso
    tshepo thulani sello mamadou moussa ousmane cheikh amadou abdoulaye souleymane
    boubacar ibrahima seydou tesfaye getachew dawit yohannes tewodros wiremu hemi rawiri
    james robert john michael david william richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
    george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
    stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
    raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter
    kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
    carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert
    willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
    philip louis barack bernie bill ted marco jeb mike mitch chuck rand newt rudy reince
    corey chris ben lindsey jim tim tom bob dick al vladimir xi kim emmanuel boris
    justin recep benjamin volodymyr olaf rishi keir narendra lloyd antony andrii dmitry
    sergei mark jens viktor hunter beau kevin hakeem jerome steve dan ron greg doug pete
    rick jon josh nick matt joel ken sam ed andy
    dev padraig seamus eoin ciaran cian declan darragh niall liam conor connor oisin
    fergus hamish angus alasdair callum euan rory dermot enda leo mario luigi giuseppe
    giovanni francesco matteo luca sergio alberto roberto fernando carlos miguel jorge
    luis pedro pablo diego javier alejandro andres rafael manuel antonio francisco ricardo
    eduardo enrique emilio felipe gustavo hector hugo ignacio jaime joaquin julio lorenzo
    marcelo mateo nicolas oscar rodrigo santiago sebastian tomas vicente jacques pierre
    francois philippe michel alain thierry laurent sebastien stephane yves gerard didier
    hans jurgen klaus wolfgang helmut gerhard horst dieter friedrich markus stefan uwe
    lars sven nils anders bjorn erik magnus mikael johan piotr pawel tomasz krzysztof
    andrzej jaroslaw mateusz lech vaclav milos istvan dmitri sergey alexei alexey
    aleksandr nikolai ivan igor oleg yuri yevgeny evgeny mikhail andrei andriy oleksandr
    oleksiy petro taras vitali vitaliy denys valery ramzan ahmed ahmad mohammed muhammad
    mohamed mohammad mahmoud mustafa hassan hussein ali omar umar khaled khalid tariq
    walid yasser youssef yusuf ibrahim ismail hamid hamza karim rashid saeed bashar hosni
    abdel abdul abdullah faisal fahad salman nabil sami samir jamal kamal imran nawaz
    shehbaz rahul sanjay rajiv amit anil arvind ashok vijay ravi rajesh suresh ramesh
    mahesh manmohan hiroshi takashi kenji shinzo fumio yoshihide taro ichiro kwame kofi
    kwesi yaw olusegun goodluck muhammadu bola uhuru cyril thabo julius yoweri emmerson
    abiy adrian alec alfred alvin andre angelo archie barry bart brad bradley brendan
    brent brett bryce byron caleb calvin cecil chester clarence clark clay clayton
    clifford clint colin craig curtis dale damian damon darius darren darryl dave derek
    desmond devin dominic don donnie duane dustin dwight eddie edgar edwin eli elliot
    elliott emmett ernest ernie felix floyd fred freddie garrett gavin geoffrey gilbert
    glen glenn gordon guy harry harvey herbert herman ian isaac jake jared jay jeff
    jeremiah jimmy joey johnny jonah julian karl kurt lance leon leonard leroy lester
    luke lyndon malcolm marcus martin marvin max maxwell melvin micah milton morris
    neil norman oliver otis owen perry phil preston quentin randall randolph ray reggie
    reginald rex ricky robbie rodney roland ross rufus russ salvador seth shane shawn
    simon spencer stanley stuart ted teddy terrence theodore todd tony travis trevor troy
    vernon victor wallace wesley wilbur winston zach
    """.split()
)
# Given names borne by women and men alike: evidence of a person, with no gender.
UNISEX_NAMES = frozenset(
    """
    alex casey dominique kiran sasha robin riley morgan taylor leslie lesley avery
    quinn rowan anh uchenna tumelo nana-ama kai jules
    """.split()
)


# --- names of things: they never speak as a person -------------------------------------------
# A run of capitalised words none of whose words is a known first name, a title or a role, and
# all of whose words are among these, names a place, a platform, a building or a stray word:
# "Wall Street", "Persian Gulf", "Hyatt Regency Nice". (A capital that stands for its
# government, "Moscow said", is lexicon.ORG_NAMES: an organisation. A platform that speaks,
# "Twitter said in a statement", is an organisation too.)
PLACE_WORDS = frozenset(
    """
    africa america americas asia europe oceania antarctica arctic atlantic pacific
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont wisconsin wyoming
    ontario quebec alberta saskatchewan manitoba yukon nunavut newfoundland labrador
    queensland tasmania kerala punjab gujarat maharashtra karnataka odisha bihar assam
    rajasthan telangana gauteng natal lagos nairobi mombasa kampala accra abuja dakar
    johannesburg durban
    paris nice lyon marseille rome milan madrid barcelona lisbon berlin munich hamburg
    vienna zurich geneva amsterdam dublin belfast edinburgh glasgow cardiff manchester
    liverpool leeds birmingham bristol oxford cambridge toronto montreal vancouver ottawa
    halifax calgary winnipeg melbourne brisbane perth auckland wellington mumbai kolkata
    chennai bengaluru bangalore hyderabad pune karachi lahore dhaka istanbul cairo dubai
    baghdad damascus beirut kabul benghazi tripoli aleppo mosul gaza jakarta manila bangkok
    hanoi shanghai hong kong seoul osaka chicago boston philadelphia atlanta miami detroit
    seattle baltimore cleveland brooklyn manhattan bronx queens peoria
    north south east west northern southern eastern western central new upper lower
    greater saint st. st gulf persian carolina dakota hampshire jersey mexico york island
    islands sea ocean coast
    """.split()
)
# Countries speak through their governments ("Russia called on …", "South Korea warned"): an
# organisation, as lexicon.ORG_NAMES makes a capital.
COUNTRIES = frozenset(
    """
    afghanistan albania algeria angola argentina armenia australia austria azerbaijan
    bahrain bangladesh belarus belgium bolivia bosnia botswana brazil bulgaria burundi
    cambodia cameroon canada chile china colombia congo croatia cuba cyprus czechia denmark
    ecuador egypt eritrea estonia ethiopia fiji finland france gabon gambia germany ghana
    greece guatemala guinea haiti honduras hungary iceland india indonesia iran iraq
    ireland italy jamaica japan kazakhstan kenya korea kosovo kuwait laos latvia lebanon
    liberia libya lithuania luxembourg madagascar malawi malaysia mali malta mexico moldova
    mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger
    nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal
    qatar romania russia rwanda senegal serbia singapore slovakia slovenia somalia spain
    sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey
    uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe scotland wales
    england britain
    """.split()
)
PLACE_WORDS = PLACE_WORDS | COUNTRIES

# The head of a place or a building's name: "Wall Street", "St Aubyn Stadium", "Harbour Town".
PLACE_HEADS = frozenset(
    """
    street avenue road lane boulevard square plaza bridge tunnel station airport harbour
    harbor port bay river lake island islands mountain mountains valley county province
    district town city village borough parish gulf sea ocean coast beach heights
    stadium arena hotel motel resort inn casino mall tower towers building cathedral church
    mosque temple synagogue chapel museum gallery theatre theater cinema library campus
    prison jail palace castle pub restaurant cafe market pavilion racecourse
    """.split()
)
# Hotel and other brands whose names are often a place's too: "Hyatt Regency Nice".
BRAND_WORDS = frozenset(
    """
    hyatt regency marriott sheraton radisson novotel ibis ritz ritz-carlton westin
    intercontinental fairmont wyndham
    """.split()
)
# Capitalised words that open a sentence or a headline but name nobody: adverbs, adjectives,
# nationalities, and common nouns ("Already, …", "Democratic leaders", "Participant numbers").
STRAY_WORDS = frozenset(
    """
    already indeed notably recent recently updated meanwhile instead finally ultimately
    similarly likewise besides overall initially eventually currently hastily frustrations
    democratic republican conservative liberal progressive federal national local global
    international regional official
    american british english french german italian spanish russian chinese japanese korean
    indian pakistani iranian iraqi syrian israeli palestinian turkish arab african asian
    european canadian australian mexican irish scottish welsh kenyan nigerian
    participant participants stadium hospital committee amendment democracy lighthouse
    weeks months years blame placed paper times read
    """.split()
)
# Nouns that, after a determiner and right before a capitalised run, show it names a vessel or
# a work, not a person: "the trawler Mary Rose", "the anime Doki Doki Riviera" (no noun that
# is also a verb: "to show Bernie Sanders", "play Hillary").
THING_NOUNS = frozenset(
    """
    boat ship trawler ferry yacht vessel liner tanker freighter carrier submarine frigate
    destroyer crabber lifeboat tugboat barge dinghy schooner aircraft airliner helicopter
    locomotive anime manga movie album documentary sitcom
    """.split()
)
# Platforms: where words are posted. A platform is an organisation when it speaks.
PLATFORMS = frozenset(
    """
    twitter facebook instagram tiktok youtube reddit whatsapp telegram linkedin snapchat
    bluesky mastodon weibo wechat
    """.split()
)

# Heads of a phrase led by a determiner that name no one who can speak ("her record", "The
# rejection", "its highest possible", "a 2002 psychology class"): events, things and
# quantities. Abstract nouns and participles are told by their endings (NOT_SPEAKER_ENDINGS),
# save the bodies and groups of people that end so (SPEAKING_ENDINGS).
NOT_SPEAKER_HEADS = frozenset(
    """
    record class play chain room name question number numbers formula loophole show rally
    meeting interview election year moment doubt impact heritage exchange discussion
    incident struggle concern concerns day week month time place thing
    way issue problem idea plan policy law rule vote race event speech debate photo image
    picture tape recording footage song episode game match season page site story
    here there over down off up out later earlier ago most least possible
    """.split()
)
NOT_SPEAKER_ENDINGS = tuple(
    "tion sion ment ness ity ance ence ism ship hood ology ed ing ly".split()
)
SPEAKING_ENDINGS = frozenset(
    """
    accused deceased injured wounded bereaved newlywed newlyweds undecided displaced
    sibling siblings underling underlings offspring king
    family elderly ally bully audience community authority authorities celebrity
    celebrities management leadership coalition delegation federation organization
    organisation opposition congregation population nation generation institution
    """.split()
)
