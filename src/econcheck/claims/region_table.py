"""First-level subdivisions of ISO 3166-2 whose figures make the news: data only.

Generated from pycountry (``regions.iso_region_names()``, which tests/claims/test_regions.py
checks this table against) so that extraction needs no subdivision database at run time.
"""

from __future__ import annotations

# fmt: off
ISO_REGION_NAMES: tuple[str, ...] = (
    "Abruzzo", "Acre", "Aichi", "Akita", "Alabama", "Alagoas", "Alaska", "Alberta", "Amapa",
    "Amapá", "Amazonas", "American Samoa", "Andalucia", "Andalucía", "Andaman and Nicobar Islands",
    "Andhra Pradesh", "Anhui", "Aomori", "Aragon", "Aragón", "Arizona", "Arkansas",
    "Arunachal Pradesh", "Arunāchal Pradesh", "Assam", "Asturias", "Australian Capital Territory",
    "Autonomous Region in Muslim Mindanao", "Baden-Wurttemberg", "Baden-Württemberg", "Bahia",
    "Basilicata", "Bayern", "Beijing", "Berlin", "Bicol", "Bihar", "Bihār", "Brandenburg",
    "Bremen", "British Columbia", "Cagayan Valley", "Calabarzon", "Calabria", "California",
    "Campania", "Canarias", "Cantabria", "Caraga", "Castilla y Leon", "Castilla y León",
    "Castilla-La Mancha", "Catalunya", "Ceara", "Ceará", "Central Luzon", "Central Visayas",
    "Ceuta", "Chandigarh", "Chandīgarh", "Chhattisgarh", "Chhattīsgarh", "Chiba", "Chongqing",
    "Colorado", "Connecticut", "Cordillera Administrative Region",
    "Dadra and Nagar Haveli and Daman and Diu", "Davao", "Delaware", "Delhi",
    "District of Columbia", "Distrito Federal", "Dādra and Nagar Haveli and Damān and Diu",
    "Eastern Visayas", "Ehime", "Emilia-Romagna", "England", "Espirito Santo", "Espírito Santo",
    "Extremadura", "Florida", "Friuli Venezia Giulia", "Fujian", "Fukui", "Fukuoka", "Fukushima",
    "Galicia", "Gansu", "Georgia", "Gifu", "Goa", "Goias", "Goiás", "Guam", "Guangdong", "Guangxi",
    "Guizhou", "Gujarat", "Gujarāt", "Gunma", "Hainan", "Hamburg", "Haryana", "Haryāna", "Hawaii",
    "Hebei", "Heilongjiang", "Henan", "Hessen", "Himachal Pradesh", "Himāchal Pradesh",
    "Hiroshima", "Hokkaido", "Hong Kong SAR", "Hubei", "Hunan", "Hyogo", "Ibaraki", "Idaho",
    "Illes Balears", "Illinois", "Ilocos", "Indiana", "Iowa", "Ishikawa", "Iwate",
    "Jammu and Kashmir", "Jammu and Kashmīr", "Jawa", "Jharkhand", "Jhārkhand", "Jiangsu",
    "Jiangxi", "Jilin", "Kagawa", "Kagoshima", "Kalimantan", "Kanagawa", "Kansas", "Karnataka",
    "Karnātaka", "Kentucky", "Kerala", "Kochi", "Kumamoto", "Kyoto", "La Rioja", "Ladakh",
    "Ladākh", "Lakshadweep", "Lazio", "Liaoning", "Liguria", "Lombardia", "Louisiana", "Macao SAR",
    "Madhya Pradesh", "Madrid", "Maharashtra", "Mahārāshtra", "Maine", "Maluku", "Manipur",
    "Manitoba", "Maranhao", "Maranhão", "Marche", "Maryland", "Massachusetts", "Mato Grosso",
    "Mato Grosso do Sul", "Mecklenburg-Vorpommern", "Meghalaya", "Meghālaya", "Melilla",
    "Michigan", "Mie", "Mimaropa", "Minas Gerais", "Minnesota", "Mississippi", "Missouri",
    "Miyagi", "Miyazaki", "Mizoram", "Molise", "Montana", "Murcia", "Nagaland", "Nagano",
    "Nagasaki", "Nara", "National Capital Region", "Navarra", "Nebraska", "Nei Mongol", "Nevada",
    "New Brunswick", "New Hampshire", "New Jersey", "New Mexico", "New South Wales", "New York",
    "Newfoundland and Labrador", "Niedersachsen", "Niigata", "Ningxia", "Nordrhein-Westfalen",
    "North Carolina", "North Dakota", "Northern Ireland", "Northern Mariana Islands",
    "Northern Mindanao", "Northern Territory", "Northwest Territories", "Nova Scotia", "Nunavut",
    "Nusa Tenggara", "Nāgāland", "Odisha", "Ohio", "Oita", "Okayama", "Okinawa", "Oklahoma",
    "Ontario", "Oregon", "Osaka", "Pais Vasco", "Papua", "Para", "Paraiba", "Parana", "Paraná",
    "Paraíba", "Pará", "País Vasco", "Pennsylvania", "Pernambuco", "Piaui", "Piauí", "Piemonte",
    "Prince Edward Island", "Puducherry", "Puerto Rico", "Puglia", "Punjab", "Qinghai", "Quebec",
    "Queensland", "Rajasthan", "Rheinland-Pfalz", "Rhode Island", "Rio Grande do Norte",
    "Rio Grande do Sul", "Rio de Janeiro", "Rondonia", "Rondônia", "Roraima", "Rājasthān",
    "Saarland", "Sachsen", "Sachsen-Anhalt", "Saga", "Saitama", "Santa Catarina", "Sao Paulo",
    "Sardegna", "Saskatchewan", "Schleswig-Holstein", "Scotland", "Sergipe", "Shaanxi", "Shandong",
    "Shanghai", "Shanxi", "Shiga", "Shimane", "Shizuoka", "Sichuan", "Sicilia", "Sikkim",
    "Soccsksargen", "South Australia", "South Carolina", "South Dakota", "Sulawesi", "Sumatera",
    "São Paulo", "Taiwan", "Tamil Nadu", "Tamil Nādu", "Tasmania", "Telangana", "Telangāna",
    "Tennessee", "Texas", "Thuringen", "Thüringen", "Tianjin", "Tocantins", "Tochigi", "Tokushima",
    "Tokyo", "Toscana", "Tottori", "Toyama", "Trentino-Alto Adige", "Tripura", "Umbria",
    "United States Minor Outlying Islands", "Utah", "Uttar Pradesh", "Uttarakhand", "Uttarākhand",
    "Valenciana", "Valle d'Aosta", "Veneto", "Vermont", "Victoria", "Virgin Islands", "Virginia",
    "Wakayama", "Wales", "Washington", "West Bengal", "West Virginia", "Western Australia",
    "Western Visayas", "Wisconsin", "Wyoming", "Xinjiang", "Xizang", "Yamagata", "Yamaguchi",
    "Yamanashi", "Yukon", "Yunnan", "Zamboanga Peninsula", "Zhejiang",
)
# fmt: on
