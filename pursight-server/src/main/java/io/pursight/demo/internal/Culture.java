package io.pursight.demo.internal;

import io.pursight.synthetic.SeededRandom;

/**
 * Pools of given names and family names, one per naming tradition, so the demo holds the
 * accented, multi-word and non-Latin-origin names that real customer tables hold. All names
 * are common ones; the combinations are random, so no row describes a real person.
 */
enum Culture {
	ANGLO(
			"Emma,Olivia,Ava,Sophia,Charlotte,Amelia,Harper,Evelyn,Abigail,Emily,Madison,Chloe,Grace,Hannah,Zoe,Lily,Megan,Sarah,Rebecca,Lauren,Mary-Kate,Jennifer",
			"Liam,Noah,Oliver,James,William,Benjamin,Lucas,Henry,Alexander,Jack,Ethan,Daniel,Matthew,Samuel,Ryan,Nathan,Connor,Tyler,Brandon,Jacob,Michael,Christopher",
			"Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,Jackson,White,Harris,Clark,Lewis,Walker,Hall,Young,Allen,Wright,Scott,Baker,Adams,Campbell,Mitchell,Roberts,Carter,Phillips,Evans,Turner,Parker,Collins,Edwards,Stewart,Morris,Cook,Rogers,McDonald,MacKenzie,Hughes,Price,Bennett,Wood,Barnes,Ashworth-Lee,St. John"),
	HISPANIC(
			"María,Lucía,Sofía,Martina,Valentina,Camila,Paula,Daniela,Carmen,Isabel,Ximena,Guadalupe,Begoña,Itziar,Rocío,Nerea,Inés,Alba,María José",
			"José,Juan,Alejandro,Carlos,Javier,Miguel,Ángel,Diego,Pablo,Sergio,Raúl,Iñaki,Jesús,Andrés,Álvaro,Rubén,Óscar,Joaquín,Juan Carlos",
			"García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Martín,Jiménez,Ruiz,Hernández,Díaz,Moreno,Muñoz,Álvarez,Romero,Alonso,Gutiérrez,Navarro,Torres,Domínguez,Vázquez,Ramos,Ramírez,Serrano,Castillo,Ortiz,Núñez,Ibáñez,Peña,de la Fuente,Echeverría,García-Lorca"),
	FRENCH(
			"Léa,Chloé,Manon,Camille,Inès,Zoé,Juliette,Clémence,Hélène,Gaëlle,Océane,Élodie,Maëlys,Anaïs,Margaux,Amélie,Noémie,Solène,Marie-Claire",
			"Théo,Lucas,Hugo,Louis,Nathan,Gabriel,Jules,Raphaël,Arthur,Maël,Léo,François,Jérôme,Stéphane,Benoît,Cédric,Thibault,Aurélien,Jean-Baptiste",
			"Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefèbvre,Michel,David,Bertrand,Roux,Vincent,Fournier,Morel,Girard,André,Lefèvre,Mercier,Dupont,Lambert,Bonnet,Légaré,Bérenger,Chevalier,Noël,Gauthier,Perrin,Rousseau,Faure,Lemaître,Héroux,Le Goff"),
	GERMAN(
			"Mia,Hannah,Lena,Anna,Leonie,Marie,Sophie,Johanna,Katharina,Anneliese,Gisela,Ursula,Sabine,Birgit,Franziska,Jördis,Käthe,Lotte",
			"Lukas,Leon,Finn,Jonas,Paul,Felix,Maximilian,Elias,Niklas,Tobias,Jürgen,Jörg,Sören,Björn,Günther,Matthias,Stefan,Uwe,Karl-Heinz",
			"Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hartmann,Lange,Werner,Krause,Lehmann,Köhler,Weiß,Groß,Jäger,Böhm,Vogel,Förster,von Bülow,Meyer-Landrut"),
	ITALIAN(
			"Giulia,Sofia,Aurora,Alice,Ginevra,Emma,Giorgia,Beatrice,Chiara,Francesca,Martina,Federica,Elisa,Noemi,Annunziata",
			"Leonardo,Francesco,Alessandro,Lorenzo,Mattia,Andrea,Gabriele,Riccardo,Tommaso,Niccolò,Giuseppe,Antonio,Marco,Luca,Davide,Salvatore,Gian Marco",
			"Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca,Mancini,Costa,Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,Mariani,Rinaldi,Caruso,Ferrara,D'Angelo,Fabbri,Cattaneo,Gentile,Martinelli,Vitale,Nicolò"),
	DUTCH(
			"Emma,Julia,Sophie,Tess,Anouk,Sanne,Fleur,Lotte,Femke,Maaike,Eline,Noor,Iris,Lieke,Anne-Marie",
			"Daan,Sem,Lucas,Levi,Bram,Thijs,Ruben,Jesse,Stijn,Joris,Maarten,Pieter,Wouter,Sjoerd,Jan-Willem",
			"de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer,van der Linden,Kok,Jacobs,de Haan,Vermeulen,IJzerman"),
	POLISH(
			"Zofia,Zuzanna,Julia,Maja,Hanna,Małgorzata,Agnieszka,Katarzyna,Magdalena,Joanna,Anna,Ewa,Dorota,Bożena,Grażyna",
			"Jakub,Antoni,Jan,Szymon,Filip,Łukasz,Piotr,Krzysztof,Tomasz,Paweł,Michał,Marcin,Grzegorz,Zbigniew,Wojciech,Jędrzej",
			"Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,Kozłowski,Jankowski,Mazur,Kwiatkowski,Krawczyk,Kaczmarek,Piotrowski,Zając,Król,Wróbel,Stępień,Jabłoński,Sikora,Łuczak,Ziółkowski,Sokołowski"),
	NORDIC(
			"Alice,Maja,Elsa,Astrid,Wilma,Freja,Ebba,Ingrid,Åsa,Sigrid,Linnéa,Märta,Solveig,Ylva",
			"William,Liam,Noah,Hugo,Elias,Oscar,Axel,Erik,Lars,Anders,Björn,Måns,Nils,Göran,Øyvind,Sven",
			"Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,Pettersson,Jönsson,Lindberg,Lindström,Åberg,Sjöberg,Öberg,Ström,Holmström,Bergqvist,Ødegård,Hägglund,Lundqvist,Nordström"),
	PORTUGUESE(
			"Maria,Ana,Beatriz,Mariana,Leonor,Matilde,Inês,Carolina,Conceição,Fernanda,Luíza,Gabriela,Letícia,Júlia,Thaís,Lívia,Ana Clara",
			"João,Pedro,Gonçalo,Tiago,Rodrigo,Diogo,Afonso,Luís,Sebastião,Vinícius,Rafael,Gustavo,Felipe,Caio,Otávio,Márcio,João Pedro",
			"Silva,Santos,Ferreira,Pereira,Oliveira,Costa,Rodrigues,Martins,Jesus,Sousa,Fernandes,Gonçalves,Gomes,Lopes,Marques,Alves,Almeida,Ribeiro,Pinto,Carvalho,Teixeira,Moreira,Correia,Mendes,Nunes,Soares,Vieira,Monteiro,Cardoso,Rocha,Araújo,Magalhães,Brandão,Simões,dos Santos"),
	IRISH(
			"Aoife,Siobhán,Niamh,Saoirse,Caoimhe,Róisín,Clodagh,Sinéad,Órla,Éabha,Ciara,Gráinne",
			"Seán,Ciarán,Oisín,Pádraig,Cian,Darragh,Tadhg,Eoin,Cathal,Donnchadh,Colm,Ruairí",
			"Murphy,Kelly,O'Sullivan,Walsh,O'Brien,Byrne,Ryan,O'Connor,O'Neill,Ó Súilleabháin,Ó Briain,McCarthy,Doyle,Gallagher,Kavanagh,Ó Ceallaigh,Fitzpatrick,Brennan,Quinn,Mac Giolla Phádraig"),
	INDIAN(
			"Aadhya,Ananya,Diya,Priya,Saanvi,Ishita,Kavya,Meera,Nandini,Pooja,Riya,Sneha,Lakshmi,Deepika",
			"Aarav,Vivaan,Aditya,Arjun,Rohan,Sai,Krishna,Ishaan,Rahul,Vikram,Sanjay,Anil,Rajesh,Karthik,Siddharth",
			"Sharma,Verma,Gupta,Patel,Singh,Kumar,Reddy,Iyer,Nair,Menon,Chatterjee,Banerjee,Mukherjee,Das,Rao,Joshi,Desai,Mehta,Shah,Kapoor,Malhotra,Pillai,Subramanian,Krishnan,Bhattacharya"),
	CHINESE(
			"Wei,Xiaoling,Mei,Jing,Yan,Li Na,Xiuying,Hui,Fang,Lan,Yuè",
			"Wei,Jun,Hao,Lei,Ming,Tao,Qiang,Yong,Jie,Zhihao,Zìháo",
			"Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou,Xu,Sun,Ma,Zhu,Hu,Guo,He,Lin,Gao,Luo,Lü,Ouyang"),
	JAPANESE(
			"Yui,Aoi,Hina,Sakura,Yuna,Rin,Miyu,Mei,Haruka,Yōko,Akiko,Emi,Kaori",
			"Haruto,Sōta,Yūto,Ren,Hiroshi,Takeshi,Kenji,Daisuke,Shōta,Kazuki,Ryō,Takumi,Kōji",
			"Satō,Suzuki,Takahashi,Tanaka,Watanabe,Itō,Yamamoto,Nakamura,Kobayashi,Katō,Yoshida,Yamada,Sasaki,Yamaguchi,Matsumoto,Inoue,Kimura,Hayashi,Shimizu,Ōta,Saitō,Mori,Ikeda,Hashimoto,Abe"),
	KOREAN(
			"Ji-woo,Seo-yeon,Min-seo,Ha-eun,Ji-yoo,Soo-ah,Yu-na,Eun-ji",
			"Min-jun,Seo-jun,Do-yoon,Ji-ho,Ha-jun,Joon-young,Hyun-woo,Sung-min",
			"Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim,Han,Oh,Seo,Shin,Kwon"),
	VIETNAMESE(
			"Lan,Mai,Linh,Hương,Thảo,Trang,Ngọc,Phương,Hạnh,Thị Hoa",
			"Minh,Anh,Dũng,Hùng,Tuấn,Quang,Đức,Khoa,Bảo,Văn Nam",
			"Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương"),
	WEST_AFRICAN(
			"Adaeze,Chiamaka,Ngozi,Funmilayo,Yetunde,Amara,Ifeoma,Abena,Akosua,Oluwaseun",
			"Chinedu,Emeka,Babatunde,Kwame,Kofi,Tunde,Obinna,Chukwuemeka,Adebayo,Oluwaseun",
			"Okafor,Adeyemi,Okonkwo,Balogun,Eze,Nwosu,Abiodun,Mensah,Owusu,Boateng,Oyelaran,Chukwu,Afolabi,Asante,Adébáyọ̀"),
	ARABIC(
			"Fatima,Aisha,Layla,Mariam,Noor,Yasmin,Salma,Hana,Zainab,Rania,Nour el Houda",
			"Mohammed,Ahmed,Omar,Youssef,Ali,Hassan,Karim,Tariq,Khalid,Samir,Mehdi,Abdel Rahman",
			"Al-Sayed,Haddad,Khalil,Nasser,Hamdan,Mansour,Saleh,Farouk,Benali,El Amrani,Boukhari,Ben Youssef,Aziz,Rahman,Al-Hashimi"),
	TURKISH(
			"Zeynep,Elif,Ayşe,Fatma,Emine,Gülşen,Büşra,Şeyma,Özlem,İrem",
			"Mehmet,Mustafa,Ahmet,Emre,Burak,Çağlar,Şükrü,Oğuz,Gökhan,İbrahim",
			"Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir,Arslan,Doğan,Kılıç,Aslan,Çetin,Koç,Kurt,Özkan,Şimşek");

	private final String[] femaleGivenNames;
	private final String[] maleGivenNames;
	private final String[] familyNames;

	Culture(String female, String male, String family) {
		this.femaleGivenNames = female.split(",");
		this.maleGivenNames = male.split(",");
		this.familyNames = family.split(",");
	}

	String givenName(boolean female, SeededRandom random) {
		return random.pick(female ? femaleGivenNames : maleGivenNames);
	}

	String familyName(boolean female, SeededRandom random) {
		String name = random.pick(familyNames);
		if (female && this == POLISH) {
			// Polish adjectival surnames agree with gender: Kowalski / Kowalska
			if (name.endsWith("ski") || name.endsWith("cki") || name.endsWith("dzki")) {
				return name.substring(0, name.length() - 1) + "a";
			}
		}
		return name;
	}
}
