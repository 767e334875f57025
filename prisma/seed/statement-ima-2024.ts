import { imaStatement2024Pt } from "./statement-ima-2024-pt";
import { imaStatement2024Tl } from "./statement-ima-2024-tl";
import { imaStatement2024ZhHant } from "./statement-ima-2024-zh-hant";

export type SeedTranslation = {
  locale: "en" | "id" | "es" | "fr" | "ar" | "tl" | "zh-Hant" | "pt";
  title: string;
  summary: string; // 1-2 sentences, plain text
  body: string; // Markdown: the statement's paragraphs separated by blank lines
  demands: string[]; // the concrete calls/demands extracted from the text
};

export const imaStatement2024 = {
  slug: "mobilise-for-palestine-2024",
  sourceLocale: "en" as const,
  reference: "Eni Lestari, IMA chairperson",
  publishedAt: "2024-10-07T00:00:00.000Z",
  translations: [
    {
      locale: "en",
      title:
        "Migrants, refugees and peoples of the world, let’s mobilise in our millions for Palestine: End the genocide! End the occupation!",
      summary:
        "Statement of the International Migrants Alliance (IMA) on the one-year anniversary of the Zionist Israel attack on Gaza. The IMA calls on migrants, refugees and peoples of the world to mobilise for Palestine, for an immediate ceasefire and an end to the occupation.",
      body: `We in the International Migrants Alliance (IMA) express our strongest solidarity with the Palestinian people on this day October 7—the one year anniversary of the Al-Aqsa Flood resistance movement, and the consequent genocidal attack on Gaza by Zionist Israel supported by the US and its Imperialist allies.

As the world witnessed in just one year what fascism and imperialism are capable of, we also learned the powerlessness of international legal bodies such as the United Nations and the International Court of Justice, at preventing or stopping these powers. Words are meaningless without action, and so we give our highest salute to peoples’ movements who have stood by Palestine and governments who have expressed their support and solidarity for Palestine. Those who have stood their ground and defended Palestine, like Yemen and Iran, are experiencing heavy sanctions and military invasions yet they continue to fight back.

More than 1.9 million Palestinians from Gaza have been displaced and countless lives have been lost due to the Israeli airstrikes, relocation orders and various violent attacks from Israel just this past year. Yet the Palestinian people, be it in Gaza or overseas, continue to express their resistance and gather the support and solidarity of the world’s people.

We also condemn the expansionist aggression Zionist Israel towards Lebanon, which threatens the people of Lebanon and the migrant and refugee communities. This escalation poses a threat to regional stability and worsens the already harsh conditions faced by migrant workers who are already caught in the crossfire of imperialist wars. This act of aggression should immediately and unconditionally cease.

Imperialist aggression and war continue to ravage Palestine and various parts of the world, hence the need for us to stand up for one another, organise our communities, and hold broad yet militant actions to fight against our common enemy—imperialism and its supporting structures. We must continuously study the mechanisms of imperialism and how it is forcefully ingrained in our culture, education and everyday consumption. This is the most effective, lasting and meaningful way for all of us to help the people of Palestine, and elsewhere there is injustice.

Every day, we see and participate in various actions and mobilisations held by millions of people around the world protesting against the genocide in Palestine. Amidst difference in views, we mobilise in support of the Palestinian people’s struggle and encourage more migrants, asylum seekers, refugees and peoples to express their solidarity through various means like donations, public rallies, or boycotts. Wherever we may be, let us express our support for Palestine.

We in the IMA are proud to be a part of the international movement for Palestine and its people fighting Israeli Zionist occupation and attack and for the millions of peoples resisting imperialist wars and proxy wars.

The IMA reiterates our calls for an immediate ceasefire and cessation of the occupation by the Zionist Israel State in Gaza, the West Bank and Golan Heights. We call for the complete dissolution of Zionist entities, including the US, in Palestinian Territory and the whole Levant. The IMA has, and always will actively support the Palestinian people’s right to resist and defend themselves against any invasive powers that harm their lives and livelihood.`,
      demands: [
        "An immediate ceasefire",
        "An end to the Zionist Israel State’s occupation of Gaza, the West Bank and the Golan Heights",
        "An immediate and unconditional end to Zionist Israel’s aggression against Lebanon",
        "The complete dissolution of Zionist entities, including the US, in Palestinian Territory and the whole Levant",
        "Support for the Palestinian people’s right to resist and defend themselves against invasive powers",
        "Solidarity from migrants, refugees and peoples everywhere through donations, public rallies and boycotts",
      ],
    },
    {
      locale: "id",
      title:
        "Kaum migran, pengungsi, dan rakyat dunia, mari bergerak bersama dalam jumlah jutaan untuk Palestina: Hentikan genosida! Akhiri pendudukan!",
      summary:
        "Pernyataan Aliansi Migran Internasional (IMA) pada peringatan satu tahun serangan Zionis Israel terhadap Gaza. IMA menyerukan kepada kaum migran, pengungsi, dan rakyat dunia untuk bergerak bagi Palestina, demi gencatan senjata segera dan berakhirnya pendudukan.",
      body: `Kami di Aliansi Migran Internasional (International Migrants Alliance/IMA) menyatakan solidaritas kami yang paling kuat kepada rakyat Palestina pada hari ini, 7 Oktober—peringatan satu tahun gerakan perlawanan Banjir Al-Aqsa, dan serangan genosida terhadap Gaza yang menyusulnya, yang dilancarkan oleh Zionis Israel dengan dukungan AS dan sekutu-sekutu imperialisnya.

Ketika dunia menyaksikan, hanya dalam satu tahun, apa yang mampu dilakukan oleh fasisme dan imperialisme, kita juga menyadari ketidakberdayaan badan-badan hukum internasional seperti Perserikatan Bangsa-Bangsa dan Mahkamah Internasional dalam mencegah atau menghentikan kekuatan-kekuatan ini. Kata-kata tidak ada artinya tanpa tindakan, karena itu kami menyampaikan penghormatan tertinggi kami kepada gerakan-gerakan rakyat yang telah berdiri bersama Palestina dan pemerintah-pemerintah yang telah menyatakan dukungan dan solidaritas mereka untuk Palestina. Mereka yang tetap teguh pada pendiriannya dan membela Palestina, seperti Yaman dan Iran, menghadapi sanksi berat dan invasi militer, namun mereka terus melawan balik.

Lebih dari 1,9 juta warga Palestina dari Gaza telah terusir dari tempat tinggalnya dan nyawa yang tak terhitung jumlahnya telah melayang akibat serangan udara Israel, perintah relokasi, dan berbagai serangan kekerasan dari Israel hanya dalam satu tahun terakhir ini. Namun rakyat Palestina, baik di Gaza maupun di luar negeri, terus menyuarakan perlawanan mereka dan menggalang dukungan serta solidaritas rakyat dunia.

Kami juga mengecam agresi ekspansionis Zionis Israel terhadap Lebanon, yang mengancam rakyat Lebanon serta komunitas migran dan pengungsi. Eskalasi ini mengancam stabilitas kawasan dan memperburuk kondisi yang sudah berat yang dihadapi buruh migran, yang sudah terjebak di tengah baku tembak perang-perang imperialis. Tindakan agresi ini harus segera dihentikan tanpa syarat.

Agresi dan perang imperialis terus memporak-porandakan Palestina dan berbagai belahan dunia, karena itu kita perlu saling membela satu sama lain, mengorganisir komunitas kita, dan menggelar aksi-aksi yang luas namun militan untuk melawan musuh bersama kita—imperialisme dan struktur-struktur pendukungnya. Kita harus terus-menerus mempelajari mekanisme imperialisme dan bagaimana ia ditanamkan secara paksa dalam budaya, pendidikan, dan konsumsi kita sehari-hari. Inilah cara yang paling efektif, langgeng, dan bermakna bagi kita semua untuk membantu rakyat Palestina, dan di mana pun ada ketidakadilan.

Setiap hari, kita menyaksikan dan ikut serta dalam berbagai aksi dan mobilisasi yang digelar oleh jutaan orang di seluruh dunia untuk memprotes genosida di Palestina. Di tengah perbedaan pandangan, kami bergerak untuk mendukung perjuangan rakyat Palestina dan mendorong lebih banyak migran, pencari suaka, pengungsi, dan rakyat untuk menyatakan solidaritas mereka melalui berbagai cara seperti donasi, unjuk rasa publik, atau boikot. Di mana pun kita berada, mari kita nyatakan dukungan kita untuk Palestina.

Kami di IMA bangga menjadi bagian dari gerakan internasional untuk Palestina dan rakyatnya yang melawan pendudukan dan serangan Zionis Israel, serta untuk jutaan rakyat yang melawan perang-perang imperialis dan perang-perang proksi.

IMA menegaskan kembali seruan kami untuk gencatan senjata segera dan penghentian pendudukan oleh Negara Zionis Israel di Gaza, Tepi Barat, dan Dataran Tinggi Golan. Kami menyerukan pembubaran total entitas-entitas Zionis, termasuk AS, di Wilayah Palestina dan di seluruh kawasan Levant. IMA telah, dan akan selalu, secara aktif mendukung hak rakyat Palestina untuk melawan dan membela diri terhadap kekuatan penyerbu mana pun yang merusak kehidupan dan penghidupan mereka.`,
      demands: [
        "Gencatan senjata segera",
        "Penghentian pendudukan Negara Zionis Israel di Gaza, Tepi Barat, dan Dataran Tinggi Golan",
        "Penghentian segera dan tanpa syarat agresi Zionis Israel terhadap Lebanon",
        "Pembubaran total entitas-entitas Zionis, termasuk AS, di Wilayah Palestina dan seluruh kawasan Levant",
        "Dukungan atas hak rakyat Palestina untuk melawan dan membela diri terhadap kekuatan penyerbu",
        "Solidaritas kaum migran, pengungsi, dan rakyat di mana pun melalui donasi, unjuk rasa publik, dan boikot",
      ],
    },
    {
      locale: "es",
      title:
        "Migrantes, refugiados y pueblos del mundo, movilicémonos por millones por Palestina: ¡Alto al genocidio! ¡Fin a la ocupación!",
      summary:
        "Declaración de la Alianza Internacional de Migrantes (IMA) en el primer aniversario del ataque del Israel sionista contra Gaza. La IMA llama a migrantes, refugiados y pueblos del mundo a movilizarse por Palestina, por un alto el fuego inmediato y el fin de la ocupación.",
      body: `Nosotros, en la Alianza Internacional de Migrantes (IMA, por sus siglas en inglés), expresamos nuestra más firme solidaridad con el pueblo palestino en este día, 7 de octubre: el primer aniversario del movimiento de resistencia Diluvio de Al-Aqsa y del consiguiente ataque genocida contra Gaza por parte del Israel sionista, respaldado por Estados Unidos y sus aliados imperialistas.

Así como el mundo presenció, en tan solo un año, de lo que son capaces el fascismo y el imperialismo, también constatamos la impotencia de los organismos jurídicos internacionales, como las Naciones Unidas y la Corte Internacional de Justicia, para prevenir o detener a estas potencias. Las palabras carecen de sentido sin acción, y por eso rendimos nuestro más alto saludo a los movimientos de los pueblos que se han mantenido junto a Palestina y a los gobiernos que han expresado su apoyo y solidaridad con Palestina. Quienes se han mantenido firmes y han defendido a Palestina, como Yemen e Irán, sufren duras sanciones e invasiones militares y, aun así, siguen contraatacando.

Más de 1,9 millones de palestinos de Gaza han sido desplazados e innumerables vidas se han perdido a causa de los ataques aéreos israelíes, las órdenes de reubicación y diversos ataques violentos de Israel tan solo en este último año. Sin embargo, el pueblo palestino, ya sea en Gaza o en el extranjero, sigue expresando su resistencia y reuniendo el apoyo y la solidaridad de los pueblos del mundo.

Condenamos también la agresión expansionista del Israel sionista contra el Líbano, que amenaza al pueblo libanés y a las comunidades migrantes y refugiadas. Esta escalada supone una amenaza para la estabilidad regional y agrava las ya duras condiciones que enfrentan los trabajadores migrantes, que ya se encuentran atrapados en el fuego cruzado de las guerras imperialistas. Este acto de agresión debe cesar de inmediato y de forma incondicional.

La agresión y la guerra imperialistas siguen asolando Palestina y diversas partes del mundo; de ahí la necesidad de defendernos unos a otros, organizar a nuestras comunidades y llevar a cabo acciones amplias pero militantes para luchar contra nuestro enemigo común: el imperialismo y las estructuras que lo sostienen. Debemos estudiar continuamente los mecanismos del imperialismo y cómo se arraiga a la fuerza en nuestra cultura, nuestra educación y nuestro consumo cotidiano. Esta es la forma más eficaz, duradera y significativa de que todos ayudemos al pueblo de Palestina, y dondequiera que haya injusticia.

Cada día somos testigos de diversas acciones y movilizaciones realizadas por millones de personas en todo el mundo en protesta contra el genocidio en Palestina, y participamos en ellas. Pese a las diferencias de opinión, nos movilizamos en apoyo de la lucha del pueblo palestino y animamos a más migrantes, solicitantes de asilo, refugiados y pueblos a expresar su solidaridad por diversos medios, como donaciones, concentraciones públicas o boicots. Dondequiera que estemos, expresemos nuestro apoyo a Palestina.

En la IMA nos enorgullece formar parte del movimiento internacional por Palestina y su pueblo, que lucha contra la ocupación y los ataques sionistas israelíes, y por los millones de personas que resisten las guerras imperialistas y las guerras por delegación.

La IMA reitera su llamado a un alto el fuego inmediato y al cese de la ocupación por parte del Estado sionista de Israel en Gaza, Cisjordania y los Altos del Golán. Exigimos la disolución completa de las entidades sionistas, incluido Estados Unidos, en el Territorio Palestino y en todo el Levante. La IMA ha apoyado, y siempre apoyará activamente, el derecho del pueblo palestino a resistir y a defenderse de cualquier potencia invasora que dañe sus vidas y sus medios de vida.`,
      demands: [
        "Alto el fuego inmediato",
        "Fin de la ocupación del Estado sionista de Israel en Gaza, Cisjordania y los Altos del Golán",
        "Cese inmediato e incondicional de la agresión del Israel sionista contra el Líbano",
        "Disolución completa de las entidades sionistas, incluido Estados Unidos, en el Territorio Palestino y en todo el Levante",
        "Apoyo al derecho del pueblo palestino a resistir y a defenderse de las potencias invasoras",
        "Solidaridad de migrantes, refugiados y pueblos de todo el mundo mediante donaciones, concentraciones públicas y boicots",
      ],
    },
    {
      locale: "fr",
      title:
        "Migrants, réfugiés et peuples du monde, mobilisons-nous par millions pour la Palestine : Halte au génocide ! Fin de l’occupation !",
      summary:
        "Déclaration de l’Alliance internationale des migrants (IMA) à l’occasion du premier anniversaire de l’attaque de l’Israël sioniste contre Gaza. L’IMA appelle les migrants, les réfugiés et les peuples du monde à se mobiliser pour la Palestine, pour un cessez-le-feu immédiat et la fin de l’occupation.",
      body: `Nous, membres de l’Alliance internationale des migrants (IMA), exprimons notre plus ferme solidarité avec le peuple palestinien en ce jour du 7 octobre — premier anniversaire du mouvement de résistance Déluge d’Al-Aqsa, et de l’attaque génocidaire contre Gaza qui s’en est suivie, menée par l’Israël sioniste avec le soutien des États-Unis et de leurs alliés impérialistes.

Alors que le monde a vu, en une seule année, ce dont le fascisme et l’impérialisme sont capables, nous avons aussi constaté l’impuissance des instances juridiques internationales, telles que les Nations unies et la Cour internationale de justice, à prévenir ou à arrêter ces puissances. Les mots n’ont aucun sens sans action ; c’est pourquoi nous adressons notre plus haut salut aux mouvements populaires qui se sont tenus aux côtés de la Palestine et aux gouvernements qui ont exprimé leur soutien et leur solidarité envers la Palestine. Ceux qui ont tenu bon et défendu la Palestine, comme le Yémen et l’Iran, subissent de lourdes sanctions et des invasions militaires, et pourtant ils continuent de riposter.

Plus de 1,9 million de Palestiniens de Gaza ont été déplacés et d’innombrables vies ont été perdues en raison des frappes aériennes israéliennes, des ordres de relocalisation et de diverses attaques violentes d’Israël au cours de la seule année écoulée. Pourtant, le peuple palestinien, que ce soit à Gaza ou à l’étranger, continue d’exprimer sa résistance et de rassembler le soutien et la solidarité des peuples du monde.

Nous condamnons également l’agression expansionniste de l’Israël sioniste contre le Liban, qui menace le peuple libanais ainsi que les communautés migrantes et réfugiées. Cette escalade constitue une menace pour la stabilité régionale et aggrave les conditions déjà difficiles auxquelles sont confrontés les travailleurs migrants, déjà pris entre les feux croisés des guerres impérialistes. Cet acte d’agression doit cesser immédiatement et sans condition.

L’agression et la guerre impérialistes continuent de ravager la Palestine et diverses régions du monde ; d’où la nécessité pour nous de nous défendre les uns les autres, d’organiser nos communautés et de mener des actions larges mais militantes pour combattre notre ennemi commun — l’impérialisme et les structures qui le soutiennent. Nous devons étudier sans relâche les mécanismes de l’impérialisme et la manière dont il est enraciné de force dans notre culture, notre éducation et notre consommation quotidienne. C’est la manière la plus efficace, la plus durable et la plus significative pour nous tous d’aider le peuple de Palestine, et partout où règne l’injustice.

Chaque jour, nous voyons se dérouler diverses actions et mobilisations menées par des millions de personnes à travers le monde pour protester contre le génocide en Palestine, et nous y prenons part. Malgré les divergences de vues, nous nous mobilisons en soutien à la lutte du peuple palestinien et encourageons davantage de migrants, de demandeurs d’asile, de réfugiés et de peuples à exprimer leur solidarité par divers moyens, comme les dons, les rassemblements publics ou les boycotts. Où que nous soyons, exprimons notre soutien à la Palestine.

Nous, à l’IMA, sommes fiers de faire partie du mouvement international pour la Palestine et son peuple, qui combat l’occupation et l’attaque sionistes israéliennes, et pour les millions de personnes qui résistent aux guerres impérialistes et aux guerres par procuration.

L’IMA réitère ses appels à un cessez-le-feu immédiat et à la fin de l’occupation par l’État sioniste d’Israël à Gaza, en Cisjordanie et sur le plateau du Golan. Nous appelons à la dissolution complète des entités sionistes, y compris les États-Unis, dans le territoire palestinien et dans l’ensemble du Levant. L’IMA a toujours soutenu, et soutiendra toujours activement, le droit du peuple palestinien à résister et à se défendre contre toute puissance d’invasion qui porte atteinte à sa vie et à ses moyens de subsistance.`,
      demands: [
        "Un cessez-le-feu immédiat",
        "La fin de l’occupation de Gaza, de la Cisjordanie et du plateau du Golan par l’État sioniste d’Israël",
        "L’arrêt immédiat et sans condition de l’agression de l’Israël sioniste contre le Liban",
        "La dissolution complète des entités sionistes, y compris les États-Unis, dans le territoire palestinien et dans l’ensemble du Levant",
        "Le soutien au droit du peuple palestinien à résister et à se défendre contre les puissances d’invasion",
        "La solidarité des migrants, des réfugiés et des peuples du monde entier par des dons, des rassemblements publics et des boycotts",
      ],
    },
    {
      locale: "ar",
      title:
        "أيها المهاجرون واللاجئون وشعوب العالم، لنحتشد بالملايين من أجل فلسطين: أوقفوا الإبادة الجماعية! أنهوا الاحتلال!",
      summary:
        "بيان التحالف الدولي للمهاجرين (IMA) في الذكرى السنوية الأولى لهجوم إسرائيل الصهيونية على غزة. ويدعو التحالف المهاجرين واللاجئين وشعوب العالم إلى الاحتشاد من أجل فلسطين، من أجل وقف فوري لإطلاق النار وإنهاء الاحتلال.",
      body: `نحن في التحالف الدولي للمهاجرين (IMA) نعرب عن أقوى تضامننا مع الشعب الفلسطيني في هذا اليوم، السابع من أكتوبر/تشرين الأول — الذكرى السنوية الأولى لحركة المقاومة «طوفان الأقصى»، وما أعقبها من هجوم إبادة جماعية على غزة شنّته إسرائيل الصهيونية بدعم من الولايات المتحدة وحلفائها الإمبرياليين.

وكما شهد العالم خلال عام واحد فقط ما تستطيع الفاشية والإمبريالية فعله، فقد أدركنا أيضًا عجز الهيئات القانونية الدولية، مثل الأمم المتحدة ومحكمة العدل الدولية، عن منع هذه القوى أو إيقافها. فالكلمات لا معنى لها من دون أفعال، ولذلك نوجّه أسمى تحياتنا إلى حركات الشعوب التي وقفت إلى جانب فلسطين، وإلى الحكومات التي أعربت عن دعمها لفلسطين وتضامنها معها. أما الذين ثبتوا على مواقفهم ودافعوا عن فلسطين، مثل اليمن وإيران، فإنهم يتعرضون لعقوبات شديدة واجتياحات عسكرية، ومع ذلك يواصلون التصدي والرد.

لقد هُجِّر أكثر من 1.9 مليون فلسطيني من غزة، وأُزهقت أرواح لا تُحصى جراء الغارات الجوية الإسرائيلية وأوامر الترحيل ومختلف الهجمات العنيفة التي شنّتها إسرائيل خلال العام الماضي وحده. ومع ذلك، يواصل الشعب الفلسطيني، سواء في غزة أو في الخارج، التعبير عن مقاومته وحشد دعم شعوب العالم وتضامنها.

كما ندين العدوان التوسعي لإسرائيل الصهيونية على لبنان، الذي يهدد شعب لبنان ومجتمعات المهاجرين واللاجئين. ويشكّل هذا التصعيد تهديدًا للاستقرار الإقليمي، ويفاقم الظروف القاسية أصلًا التي يواجهها العمال المهاجرون، العالقون بالفعل وسط نيران الحروب الإمبريالية المتبادلة. ويجب أن يتوقف هذا العمل العدواني فورًا ودون قيد أو شرط.

إن العدوان الإمبريالي والحرب الإمبريالية لا يزالان يعيثان خرابًا في فلسطين وفي أنحاء مختلفة من العالم، ومن هنا تأتي حاجتنا إلى أن يساند بعضنا بعضًا، وأن ننظّم مجتمعاتنا، وأن ننفّذ تحركات واسعة ونضالية في آن معًا لمواجهة عدونا المشترك — الإمبريالية والبنى الداعمة لها. ويجب علينا أن ندرس باستمرار آليات الإمبريالية وكيف تُغرَس قسرًا في ثقافتنا وتعليمنا واستهلاكنا اليومي. فهذا هو السبيل الأكثر فعالية ودوامًا وجدوى لنا جميعًا لمساعدة شعب فلسطين، وحيثما وُجد الظلم.

في كل يوم، نشهد تحركات وتعبئات متنوعة ينظمها ملايين الناس حول العالم احتجاجًا على الإبادة الجماعية في فلسطين، ونشارك فيها. ورغم اختلاف وجهات النظر، فإننا نحتشد دعمًا لنضال الشعب الفلسطيني، ونشجع المزيد من المهاجرين وطالبي اللجوء واللاجئين والشعوب على التعبير عن تضامنهم بوسائل شتى، مثل التبرعات أو التجمعات العامة أو المقاطعة. وأينما كنا، فلنعبّر عن دعمنا لفلسطين.

نحن في التحالف الدولي للمهاجرين نفخر بأن نكون جزءًا من الحركة الدولية من أجل فلسطين وشعبها الذي يناضل ضد الاحتلال والعدوان الإسرائيلي الصهيوني، ومن أجل ملايين الناس الذين يقاومون الحروب الإمبريالية والحروب بالوكالة.

ويجدد التحالف الدولي للمهاجرين دعواته إلى وقف فوري لإطلاق النار وإنهاء احتلال دولة إسرائيل الصهيونية لغزة والضفة الغربية ومرتفعات الجولان. وندعو إلى التفكيك الكامل للكيانات الصهيونية، بما فيها الولايات المتحدة، في الأراضي الفلسطينية وفي بلاد الشام بأسرها. لقد دعم التحالف الدولي للمهاجرين، وسيظل دائمًا يدعم بفاعلية، حق الشعب الفلسطيني في المقاومة والدفاع عن نفسه في وجه أي قوى غازية تلحق الأذى بحياته وسبل عيشه.`,
      demands: [
        "وقف فوري لإطلاق النار",
        "إنهاء احتلال دولة إسرائيل الصهيونية لغزة والضفة الغربية ومرتفعات الجولان",
        "وقف عدوان إسرائيل الصهيونية على لبنان فورًا ودون قيد أو شرط",
        "التفكيك الكامل للكيانات الصهيونية، بما فيها الولايات المتحدة، في الأراضي الفلسطينية وبلاد الشام بأسرها",
        "دعم حق الشعب الفلسطيني في المقاومة والدفاع عن نفسه في وجه القوى الغازية",
        "تضامن المهاجرين واللاجئين والشعوب في كل مكان عبر التبرعات والتجمعات العامة والمقاطعة",
      ],
    },
    imaStatement2024Tl,
    imaStatement2024ZhHant,
    imaStatement2024Pt,
  ] as SeedTranslation[],
};
