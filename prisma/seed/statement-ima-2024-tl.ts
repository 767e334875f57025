// Filipino/Tagalog translation of the IMA statement of 7 October 2024 (source: the `en` entry in statement-ima-2024.ts).
export const imaStatement2024Tl = {
  locale: "tl",
  title:
    "Mga migrante, refugee at mamamayan ng daigdig, kumilos tayo nang milyun-milyon para sa Palestine: Wakasan ang henosidyo! Wakasan ang okupasyon!",
  summary:
    "Pahayag ng International Migrants Alliance (IMA) sa unang anibersaryo ng pag-atake ng Zionistang Israel sa Gaza. Nananawagan ang IMA sa mga migrante, refugee at mamamayan ng daigdig na kumilos para sa Palestine, para sa agarang tigil-putukan at pagwawakas ng okupasyon.",
  body: `Kami sa International Migrants Alliance (IMA) ay nagpapahayag ng aming pinakamatatag na pakikiisa sa mamamayang Palestino sa araw na ito, Oktubre 7—ang unang anibersaryo ng kilusang paglaban na Al-Aqsa Flood, at ng sumunod na henosidyong pag-atake sa Gaza ng Zionistang Israel na sinusuportahan ng US at ng mga imperyalista nitong kaalyado.

Habang nasaksihan ng mundo sa loob lamang ng isang taon kung ano ang kayang gawin ng pasismo at imperyalismo, nakita rin natin ang kawalang-kapangyarihan ng mga internasyonal na legal na institusyon tulad ng United Nations at International Court of Justice na pigilan o ihinto ang mga kapangyarihang ito. Walang saysay ang salita kung walang kasamang aksyon, kaya ibinibigay namin ang aming pinakamataas na pagpupugay sa mga kilusang masa na tumindig para sa Palestine at sa mga gobyernong nagpahayag ng kanilang suporta at pakikiisa sa Palestine. Ang mga nanindigan at nagtanggol sa Palestine, tulad ng Yemen at Iran, ay dumaranas ng mabibigat na sanksyon at mga pagsalakay-militar, subalit patuloy silang lumalaban.

Mahigit 1.9 milyong Palestino mula sa Gaza ang napalayas sa kanilang tahanan at hindi mabilang na buhay ang nawala dahil sa mga airstrike ng Israel, mga utos ng paglikas, at iba't ibang marahas na pag-atake ng Israel sa nakaraang taon pa lamang. Gayunpaman, ang mamamayang Palestino, nasa Gaza man o nasa ibayong-dagat, ay patuloy na nagpapahayag ng kanilang paglaban at nakakakalap ng suporta at pakikiisa ng mga mamamayan ng daigdig.

Kinokondena rin namin ang ekspansyonistang agresyon ng Zionistang Israel laban sa Lebanon, na nagbabanta sa mamamayan ng Lebanon at sa mga komunidad ng migrante at refugee. Ang pag-igting na ito ay banta sa katatagan ng rehiyon at lalo pang nagpapalala sa napakahirap nang kalagayan ng mga migranteng manggagawa na naiipit na sa gitna ng putukan ng mga imperyalistang digmaan. Dapat agad at walang kondisyong itigil ang agresyong ito.

Patuloy na winawasak ng imperyalistang agresyon at digmaan ang Palestine at iba't ibang bahagi ng mundo, kaya kailangan nating ipagtanggol ang isa't isa, organisahin ang ating mga komunidad, at maglunsad ng malawak ngunit militanteng mga pagkilos upang labanan ang ating iisang kaaway—ang imperyalismo at ang mga istrukturang sumusuporta rito. Dapat tuloy-tuloy nating pag-aralan ang mga mekanismo ng imperyalismo at kung paano ito sapilitang itinatanim sa ating kultura, edukasyon at pang-araw-araw na pagkonsumo. Ito ang pinakaepektibo, pinakapangmatagalan at pinakamakabuluhang paraan para matulungan nating lahat ang mamamayan ng Palestine, at saanman may kawalang-katarungan.

Araw-araw, nakikita at nilalahukan natin ang iba't ibang aksyon at mobilisasyong isinasagawa ng milyun-milyong tao sa buong mundo bilang protesta laban sa henosidyo sa Palestine. Sa kabila ng pagkakaiba-iba ng pananaw, kumikilos kami bilang suporta sa pakikibaka ng mamamayang Palestino at hinihikayat namin ang mas marami pang migrante, naghahanap ng asylum, refugee at mamamayan na ipahayag ang kanilang pakikiisa sa iba't ibang paraan tulad ng donasyon, pampublikong rally, o boykot. Nasaan man tayo, ipahayag natin ang ating suporta sa Palestine.

Kami sa IMA ay ipinagmamalaking maging bahagi ng internasyonal na kilusan para sa Palestine at sa mamamayan nitong lumalaban sa okupasyon at pag-atake ng Zionistang Israel, at para sa milyun-milyong mamamayang lumalaban sa mga imperyalistang digmaan at proxy war.

Inuulit ng IMA ang aming panawagan para sa agarang tigil-putukan at pagwawakas ng okupasyon ng Zionistang Estado ng Israel sa Gaza, West Bank at Golan Heights. Nananawagan kami para sa ganap na pagbuwag ng mga Zionistang entidad, kabilang ang US, sa Teritoryong Palestino at sa buong Levant. Ang IMA ay aktibong sumuporta, at laging susuporta, sa karapatan ng mamamayang Palestino na lumaban at ipagtanggol ang kanilang sarili laban sa anumang mananakop na kapangyarihang pumipinsala sa kanilang buhay at kabuhayan.`,
  demands: [
    "Agarang tigil-putukan",
    "Pagwawakas ng okupasyon ng Zionistang Estado ng Israel sa Gaza, West Bank at Golan Heights",
    "Agaran at walang kondisyong pagtigil ng agresyon ng Zionistang Israel laban sa Lebanon",
    "Ganap na pagbuwag ng mga Zionistang entidad, kabilang ang US, sa Teritoryong Palestino at sa buong Levant",
    "Suporta sa karapatan ng mamamayang Palestino na lumaban at ipagtanggol ang kanilang sarili laban sa mga mananakop na kapangyarihan",
    "Pakikiisa ng mga migrante, refugee at mamamayan saanman sa pamamagitan ng donasyon, pampublikong rally at boykot",
  ],
} as const;
