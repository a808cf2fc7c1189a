package model

import (
	"strings"
	"unicode/utf8"
)

// Countries speak in the news through their governments ("Russia said",
// "China warned that …"); a one-word country would otherwise read as a
// person's surname. This list is data: the countries of the world by their
// common English short names, lower case.
var countries = setOf(
	"afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
	"austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
	"belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
	"burkina faso", "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china",
	"colombia", "comoros", "congo", "costa rica", "croatia", "cuba", "cyprus", "czechia",
	"denmark", "djibouti", "dominica", "ecuador", "egypt", "el salvador", "eritrea", "estonia",
	"eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany",
	"ghana", "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary",
	"iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica",
	"japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos",
	"latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg",
	"madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius",
	"mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique",
	"myanmar", "namibia", "nauru", "nepal", "netherlands", "new zealand", "nicaragua", "niger",
	"nigeria", "north korea", "north macedonia", "norway", "oman", "pakistan", "palau", "palestine",
	"panama", "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
	"romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia", "senegal", "serbia",
	"seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa",
	"south korea", "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden",
	"switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga",
	"trinidad", "tunisia", "turkey", "türkiye", "turkmenistan", "tuvalu", "uganda", "ukraine",
	"united arab emirates", "united kingdom", "united states", "uruguay", "uzbekistan", "vanuatu",
	"vatican", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "britain", "america",
	"u.s.", "u.k.", "us", "uk", "eu", "european union", "nato", "kremlin", "beijing", "moscow",
	"washington", "tehran", "kyiv", "kiev", "london", "paris", "berlin", "tokyo", "seoul",
	"pyongyang", "ankara", "jerusalem", "brussels", "riyadh", "cairo", "damascus", "baghdad",
)

// placeWords mark a capitalized run as a place, not a person: "Central
// Asia", "Maple Avenue", "Clark County", "Lake Tahoe".
var placeWords = setOf("east", "west", "north", "south", "asia", "africa", "america", "americas",
	"europe", "oceania", "arctic", "antarctica", "atlantic", "pacific", "mediterranean", "gulf",
	"city", "county", "state", "province", "district", "borough", "township", "village", "town",
	"street", "avenue", "road", "boulevard", "lane", "drive", "highway", "square", "plaza",
	"river", "lake", "mountain", "mountains", "mount", "island", "islands", "valley", "bay",
	"sea", "ocean", "coast", "beach", "park", "hills", "canyon", "desert", "peninsula", "strait",
	"hall", "stadium", "arena", "airport", "station", "bridge", "tower", "building", "capitol",
	"kingdom", "republic", "emirates", "states", "union", "federation", "region", "territory",
	"fort", "port", "harbor", "harbour", "heights", "springs", "falls", "york", "angeles",
	"jersey", "dakota", "hampshire", "mexico")

// isCountry reports whether a name, with its words' classes fl, is a
// country (or a capital standing for its government, as in "Beijing said").
func isCountry(name []string, fl []wordFlags) bool {
	if len(name) == 1 {
		return fl[0]&fCountry != 0
	}
	if fl[0]&fCountryHead == 0 {
		return false // no country's name of several words starts so
	}
	// Join and lower-case on the stack.
	var buf [48]byte
	n := 0
	for i, w := range name {
		if n+len(w)+1 > len(buf) {
			return false // no country's name is that long
		}
		if i > 0 {
			buf[n] = ' '
			n++
		}
		for j := 0; j < len(w); j++ {
			c := w[j]
			if c >= utf8.RuneSelf {
				return countries[strings.ToLower(strings.Join(name, " "))]
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
	}
	return countries[string(buf[:n])]
}
