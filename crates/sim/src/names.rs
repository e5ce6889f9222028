//! Plausible names for each country.

use crate::rng::Rng;
use domain::Gender;

pub struct Names {
    pub female: &'static [&'static str],
    pub male: &'static [&'static str],
    pub family: &'static [&'static str],
}

pub const RWANDA: Names = Names {
    female: &[
        "Aline", "Marie Claire", "Diane", "Grace", "Chantal", "Josiane", "Clarisse", "Vestine", "Immaculée", "Solange", "Divine",
        "Espérance", "Jeanne", "Odette", "Béatrice", "Alice", "Claudine", "Francine", "Jacqueline", "Angélique", "Delphine", "Agnès",
        "Yvonne", "Pélagie", "Consolée", "Annonciata", "Liliane", "Sandrine", "Florence", "Goretti",
    ],
    male: &[
        "Jean Bosco", "Jean Claude", "Emmanuel", "Eric", "Patrick", "Olivier", "Innocent", "Fabrice", "Théogène", "Alphonse",
        "Faustin", "Gaspard", "Célestin", "Damascène", "Jean Pierre", "Evariste", "Fidèle", "Vincent", "Aimable", "Jean Paul",
        "Félicien", "Augustin", "Protais", "Straton", "Théoneste", "Janvier", "Valens", "Anastase", "Egide", "Samuel",
    ],
    family: &[
        "Uwase", "Mukamana", "Niyonzima", "Habimana", "Uwimana", "Nsengiyumva", "Mukeshimana", "Hakizimana", "Ndayisaba",
        "Uwamahoro", "Nshimiyimana", "Iradukunda", "Ishimwe", "Mugisha", "Niyonsenga", "Tuyisenge", "Bizimana", "Nyiraneza",
        "Kayitesi", "Mutoni", "Ingabire", "Munyaneza", "Twagirayezu", "Nkurunziza", "Kamanzi", "Murekatete", "Nyirahabimana",
        "Ndagijimana", "Uwineza", "Gatera", "Rukundo", "Mukandayisenga", "Habyarimana", "Musabyimana", "Nzabonimpa", "Uwera",
        "Byiringiro", "Niyitegeka", "Mukarugwiza", "Sibomana",
    ],
};

pub const KENYA: Names = Names {
    female: &[
        "Wanjiru", "Achieng", "Amina", "Fatuma", "Grace", "Mercy", "Faith", "Esther", "Mary", "Zainabu", "Nasieku", "Akinyi",
        "Halima", "Nafula", "Wairimu", "Chebet", "Kadzo", "Sidi", "Naserian", "Ekai", "Lucy", "Janet", "Rehema", "Mwanajuma",
    ],
    male: &[
        "John", "Peter", "Joseph", "Hassan", "Omar", "Kipchoge", "Otieno", "Mwangi", "Kamau", "Lokwang", "Lemayian", "Baraka",
        "Juma", "Said", "Kahindi", "Karisa", "Lenolkirina", "Abdi", "Galgalo", "Ekiru", "David", "Samuel", "Daniel", "Bakari",
    ],
    family: &[
        "Otieno", "Mwangi", "Kamau", "Ochieng", "Wanjala", "Mohamed", "Ali", "Lekishon", "Lokwang", "Ekal", "Kariuki", "Njoroge",
        "Kiprono", "Chebet", "Mwakio", "Charo", "Karisa", "Kahindi", "Baya", "Katana", "Lomuria", "Lenolkirina", "Galgalo", "Guyo",
        "Abdi", "Omondi", "Mutua", "Wekesa", "Nyambura", "Lesuuda",
    ],
};

impl Names {
    pub fn person(&self, rng: &mut Rng, female_share: f64) -> (String, Gender) {
        let female = rng.chance(female_share);
        let given = if female { rng.pick(self.female) } else { rng.pick(self.male) };
        let family = rng.pick(self.family);
        (format!("{given} {family}"), if female { Gender::Female } else { Gender::Male })
    }
}

/// A Kinyarwanda-sounding place name from syllables (sector names are too many to list).
pub fn rwandan_place(rng: &mut Rng) -> String {
    const START: &[&str] = &["Ki", "Nya", "Ru", "Ga", "Bu", "Mu", "Ka", "Rwa", "Gi", "Ma", "Nyaka", "Rusi", "Kiga", "Muha"];
    const MIDDLE: &[&str] = &["ra", "ma", "nga", "bi", "hu", "ye", "ko", "ti", "mbo", "ba", "go", "ri", "za", "nza"];
    const END: &[&str] = &["ro", "mba", "ngo", "ye", "ra", "ke", "ni", "ho", "bwe", "nda", "zi", "ga", "ma", "re"];
    let middle = if rng.chance(0.5) { *rng.pick(MIDDLE) } else { "" };
    format!("{}{}{}", rng.pick(START), middle, rng.pick(END))
}
