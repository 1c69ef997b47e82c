export const demoSections = [
  { slug: "onderwijs", name: "Onderwijs", description: "Europees onderwijsbeleid: van Erasmus+ tot micro-credentials.", position: 1 },
  { slug: "onderzoek", name: "Onderzoek", description: "Horizon Europe, onderzoeksinfrastructuur en open science.", position: 2 },
  { slug: "innovatie", name: "Innovatie", description: "Valorisatie, digitale vaardigheden en de Europese innovatieagenda.", position: 3 },
];

export const demoPeople = [
  { slug: "sanne-de-wit", name: "Sanne de Wit", jobTitle: "Beleidsmedewerker onderzoek", email: "sanne.dewit@example.org", bio: "Sanne volgt Horizon Europe en het Europese onderzoeksbeleid vanuit Brussel." },
  { slug: "joris-van-dam", name: "Joris van Dam", jobTitle: "Beleidsmedewerker onderwijs", email: "joris.vandam@example.org", bio: "Joris werkt aan Erasmus+, de Europese Onderwijsruimte en micro-credentials." },
  { slug: "fatima-el-amrani", name: "Fatima El Amrani", jobTitle: "Senior beleidsadviseur innovatie", email: "fatima.elamrani@example.org", bio: "Fatima adviseert over valorisatie, digitale vaardigheden en het Europese innovatiebeleid." },
  { slug: "pieter-bakker", name: "Pieter Bakker", jobTitle: "Directeur", email: "pieter.bakker@example.org", bio: "Pieter leidt het Brusselse kantoor en onderhoudt de contacten met de Europese instellingen." },
  { slug: "eva-jansen", name: "Eva Jansen", jobTitle: "Communicatieadviseur", email: "eva.jansen@example.org", bio: "Eva zorgt voor de nieuwsvoorziening, de webinars en de evenementen." },
  { slug: "daan-visser", name: "Daan Visser", jobTitle: "Beleidsmedewerker financiering", email: "daan.visser@example.org", bio: "Daan volgt de Europese begroting en de financieringsprogramma's voor kennisinstellingen." },
  { slug: "noor-hendriks", name: "Noor Hendriks", jobTitle: "Stagiair beleid", email: "noor.hendriks@example.org", bio: "Noor ondersteunt het team bij analyses en verslagen." },
];
