"""Data tables of names: the first names that show a run of capitalised words names a person.

Kept apart from :mod:`quoteverify.lexicon`, whose tables are about words rather than names.
"""

from __future__ import annotations

# Common first names, for the gender that pronoun resolution needs ("she said" after two men
# and a woman were named). A short list of frequent names; unknown names stay ungendered.
FEMALE_NAMES = frozenset(
    """
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
