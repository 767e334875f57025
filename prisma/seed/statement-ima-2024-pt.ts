export const imaStatement2024Pt = {
  locale: "pt",
  title:
    "Migrantes, refugiados e povos do mundo, vamos nos mobilizar aos milhões pela Palestina: Fim ao genocídio! Fim à ocupação!",
  summary:
    "Declaração da Aliança Internacional de Migrantes (IMA) no primeiro aniversário do ataque do Israel sionista contra Gaza. A IMA convoca migrantes, refugiados e povos do mundo a se mobilizarem pela Palestina, por um cessar-fogo imediato e pelo fim da ocupação.",
  body: `Nós, da Aliança Internacional de Migrantes (International Migrants Alliance, IMA), expressamos nossa mais firme solidariedade ao povo palestino neste dia 7 de outubro — o primeiro aniversário do movimento de resistência Dilúvio de Al-Aqsa e do consequente ataque genocida contra Gaza pelo Israel sionista, apoiado pelos EUA e seus aliados imperialistas.

Assim como o mundo testemunhou, em apenas um ano, do que o fascismo e o imperialismo são capazes, também constatamos a impotência de órgãos jurídicos internacionais, como as Nações Unidas e a Corte Internacional de Justiça, para impedir ou deter essas potências. Palavras não têm sentido sem ação, e por isso prestamos nossa mais alta saudação aos movimentos populares que estiveram ao lado da Palestina e aos governos que expressaram seu apoio e sua solidariedade à Palestina. Aqueles que se mantiveram firmes e defenderam a Palestina, como o Iêmen e o Irã, sofrem pesadas sanções e invasões militares e, ainda assim, continuam revidando.

Mais de 1,9 milhão de palestinos de Gaza foram deslocados e incontáveis vidas foram perdidas por causa dos bombardeios aéreos israelenses, das ordens de remoção e de diversos ataques violentos de Israel só neste último ano. Mesmo assim, o povo palestino, seja em Gaza ou no exterior, continua expressando sua resistência e reunindo o apoio e a solidariedade dos povos do mundo.

Condenamos também a agressão expansionista do Israel sionista contra o Líbano, que ameaça o povo libanês e as comunidades migrantes e refugiadas. Essa escalada representa uma ameaça à estabilidade regional e agrava as condições já duras enfrentadas pelos trabalhadores migrantes, que já estão no fogo cruzado das guerras imperialistas. Esse ato de agressão deve cessar de forma imediata e incondicional.

A agressão e a guerra imperialistas continuam devastando a Palestina e várias partes do mundo; por isso precisamos defender uns aos outros, organizar nossas comunidades e realizar ações amplas, porém militantes, para lutar contra nosso inimigo comum — o imperialismo e as estruturas que o sustentam. Devemos estudar continuamente os mecanismos do imperialismo e a forma como ele é enraizado à força em nossa cultura, em nossa educação e em nosso consumo cotidiano. Essa é a forma mais eficaz, duradoura e significativa de todos nós ajudarmos o povo da Palestina, e onde quer que haja injustiça.

Todos os dias, vemos e participamos de diversas ações e mobilizações realizadas por milhões de pessoas no mundo inteiro em protesto contra o genocídio na Palestina. Em meio às diferenças de opinião, nos mobilizamos em apoio à luta do povo palestino e incentivamos mais migrantes, solicitantes de asilo, refugiados e povos a expressarem sua solidariedade por diversos meios, como doações, atos públicos ou boicotes. Onde quer que estejamos, vamos expressar nosso apoio à Palestina.

Nós, da IMA, temos orgulho de fazer parte do movimento internacional pela Palestina e por seu povo, que luta contra a ocupação e os ataques do Israel sionista, e pelos milhões de pessoas que resistem às guerras imperialistas e às guerras por procuração.

A IMA reitera seu chamado por um cessar-fogo imediato e pelo fim da ocupação pelo Estado sionista de Israel em Gaza, na Cisjordânia e nas Colinas de Golã. Exigimos a dissolução completa das entidades sionistas, incluindo os EUA, no Território Palestino e em todo o Levante. A IMA sempre apoiou, e sempre apoiará ativamente, o direito do povo palestino de resistir e de se defender contra qualquer potência invasora que prejudique suas vidas e seus meios de subsistência.`,
  demands: [
    "Um cessar-fogo imediato",
    "O fim da ocupação de Gaza, da Cisjordânia e das Colinas de Golã pelo Estado sionista de Israel",
    "O fim imediato e incondicional da agressão do Israel sionista contra o Líbano",
    "A dissolução completa das entidades sionistas, incluindo os EUA, no Território Palestino e em todo o Levante",
    "Apoio ao direito do povo palestino de resistir e de se defender contra potências invasoras",
    "Solidariedade de migrantes, refugiados e povos de todo o mundo por meio de doações, atos públicos e boicotes",
  ],
} as const;
