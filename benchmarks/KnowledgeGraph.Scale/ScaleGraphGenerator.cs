namespace KnowledgeGraph.Scale;

/// <summary>
/// Builds a KG-shaped graph: a place hierarchy, parks in districts, companies in parks, people
/// with positions, funds, meetings and events. Targets are drawn Zipf-like, so the first city,
/// district, park, industry and event are hubs with tens of thousands of edges at scale 1.
/// </summary>
internal sealed class ScaleGraphGenerator
{
    private static readonly string[] Syllables =
    [
        "华", "hua", "新", "xin", "中", "zhong", "天", "tian", "海", "hai", "金", "jin", "宏", "hong", "博", "bo",
        "瑞", "rui", "安", "an", "德", "de", "盛", "sheng", "东", "dong", "南", "nan", "长", "chang", "江", "jiang",
        "明", "ming", "龙", "long", "润", "run", "恒", "heng", "泰", "tai", "晨", "chen", "云", "yun", "峰", "feng",
        "嘉", "jia", "信", "xin", "和", "he", "远", "yuan", "光", "guang", "正", "zheng", "茂", "mao", "丰", "feng",
    ];

    private static readonly string[] Surnames = ["王", "wang", "李", "li", "张", "zhang", "刘", "liu", "陈", "chen", "杨", "yang", "赵", "zhao", "黄", "huang", "周", "zhou", "吴", "wu"];
    private static readonly string[] CompanyRoles = ["董事长", "总经理", "副总经理", "首席技术官", "创始人"];
    private static readonly string[] OfficialRoles = ["市长", "副市长", "书记", "主任", "局长"];

    private readonly DeterministicRandom _random;
    private readonly double _scale;
    private readonly List<GeneratedEntity> _entities = [];
    private readonly List<GeneratedRelationship> _relationships = [];
    private readonly HashSet<(string, int, int, string?, int)> _identities = [];
    private readonly HashSet<(string Type, string Name)> _names = [];
    private int _gazetteers;
    private int _articles;

    private ScaleGraphGenerator(double scale, ulong seed)
    {
        _scale = scale;
        _random = new DeterministicRandom(seed);
    }

    public static ScaleGraph Generate(double scale, ulong seed) => new ScaleGraphGenerator(scale, seed).Build();

    private int Count(int atScaleOne, int minimum) => Math.Max(minimum, (int)Math.Round(atScaleOne * _scale));

    private ScaleGraph Build()
    {
        var provinces = Count(34, 2);
        _gazetteers = provinces;
        _articles = Count(20_000, 40);
        var (cities, districts) = BuildPlaces(provinces);
        var industries = Declare("industry", "INDUSTRY", Count(200, 10), "产业", "industry");
        var parks = Declare("park", "PARK", Count(2_000, 10), "产业园", "industrial-park");
        var bodies = Declare("org", "GOVERNMENT_BODY", Count(3_400, 6), "管委会", "committee");
        var companies = Declare("org", "COMPANY", Count(85_000, 300), "科技有限公司", "technology");
        var investors = Declare("org", "INVESTOR", Count(3_000, 10), "创业投资", "ventures");
        var universities = Declare("org", "UNIVERSITY", Count(2_000, 6), "大学", "university");
        var funds = Declare("fund", "FUND", Count(5_000, 15), "产业基金", "fund");
        var projects = Declare("project", "PROJECT", Count(3_000, 10), "产业项目", "project");
        var conferences = Declare("event", "CONFERENCE", Count(8_000, 20), "发展大会", "conference");
        var delegations = Declare("event", "DELEGATION", Count(2_000, 6), "考察团", "delegation");
        var people = DeclarePeople(Count(68_000, 250));

        var district = new ZipfSampler(districts.Count, 1.0);
        var city = new ZipfSampler(cities.Count, 1.1);
        var park = new ZipfSampler(parks.Count, 1.0);
        var industry = new ZipfSampler(industries.Count, 1.0);
        var conference = new ZipfSampler(conferences.Count, 1.0);
        var company = new ZipfSampler(companies.Count, 0.8);
        var body = new ZipfSampler(bodies.Count, 1.0);

        foreach (var p in parks)
        {
            Relate("LOCATED_IN", p, districts[district.Next(_random)], state: true, file: _entities[p].File);
        }

        foreach (var c in companies)
        {
            var file = _entities[c].File;
            Relate("LOCATED_IN", c, _random.Next(10) < 6 ? parks[park.Next(_random)] : districts[district.Next(_random)], state: true, file: file);
            Relate("FOCUSES_ON", c, industries[industry.Next(_random)], state: true, file: file);
            if (_random.Next(10) < 4)
            {
                Relate("FOCUSES_ON", c, industries[industry.Next(_random)], state: true, file: file);
            }

            var signedWith = _random.Next(2) == 0 ? cities[city.Next(_random)] : cities[_random.Next(cities.Count)];
            Relate("SIGNED", c, signedWith, state: false, file: Article());
            if (_random.Next(100) < 15)
            {
                Relate("SUBSIDIARY_OF", c, companies[company.Next(_random)], state: true, file: file);
            }
        }

        foreach (var person in people)
        {
            var file = _entities[person].File;
            Relate("HOLDS_POSITION", person, companies[_random.Next(companies.Count)], state: true, file: file, role: CompanyRoles[_random.Next(CompanyRoles.Length)]);
            if (_random.Next(10) < 3)
            {
                Relate("HOLDS_POSITION", person, bodies[body.Next(_random)], state: true, file: file, role: OfficialRoles[_random.Next(OfficialRoles.Length)]);
            }

            if (_random.Next(10) < 1)
            {
                Relate("HOLDS_POSITION", person, cities[city.Next(_random)], state: true, file: file, role: OfficialRoles[_random.Next(OfficialRoles.Length)]);
            }
        }

        foreach (var f in funds)
        {
            var file = _entities[f].File;
            Relate("SET_UP_FUND", _random.Next(2) == 0 ? cities[city.Next(_random)] : companies[company.Next(_random)], f, state: false, file: file, amount: 1 + _random.Next(50));
            Relate("MANAGES_FUND", investors[_random.Next(investors.Count)], f, state: true, file: file);
            Relate("LOCATED_IN", f, districts[district.Next(_random)], state: true, file: file);
            for (var i = 0; i < 20; i++)
            {
                Relate("INVESTED_IN", f, companies[_random.Next(companies.Count)], state: false, file: Article(), amount: 1 + _random.Next(20));
            }
        }

        for (var i = 0; i < Count(30_000, 100); i++)
        {
            Relate("INVESTED_IN", investors[_random.Next(investors.Count)], companies[company.Next(_random)], state: false, file: Article(), amount: 1 + _random.Next(9));
        }

        foreach (var p in projects)
        {
            Relate("LOCATED_IN", p, districts[district.Next(_random)], state: true, file: _entities[p].File);
            Relate("INVESTED_IN", companies[company.Next(_random)], p, state: false, file: _entities[p].File, amount: 1 + _random.Next(100));
        }

        for (var i = 0; i < Count(5_000, 20); i++)
        {
            Relate("INCUBATED_BY", companies[_random.Next(companies.Count)], universities[_random.Next(universities.Count)], state: true, file: Article());
        }

        for (var i = 0; i < Count(240_000, 800); i++)
        {
            Relate("MET", people[_random.Next(people.Count)], people[_random.Next(people.Count)], state: false, file: Article());
        }

        for (var i = 0; i < Count(60_000, 200); i++)
        {
            Relate("MET", people[_random.Next(people.Count)], companies[company.Next(_random)], state: false, file: Article());
        }

        for (var i = 0; i < Count(40_000, 150); i++)
        {
            Relate("COOPERATES_WITH", companies[company.Next(_random)], companies[_random.Next(companies.Count)], state: true, file: Article());
        }

        foreach (var e in conferences)
        {
            var file = _entities[e].File;
            Relate("HOSTED", _random.Next(2) == 0 ? cities[city.Next(_random)] : parks[park.Next(_random)], e, state: false, file: file);
            Relate("LOCATED_IN", e, districts[district.Next(_random)], state: true, file: file);
        }

        for (var i = 0; i < Count(200_000, 700); i++)
        {
            var attendee = _random.Next(3) == 0 ? companies[_random.Next(companies.Count)] : people[_random.Next(people.Count)];
            Relate(_random.Next(8) == 0 && _entities[attendee].Type == "PERSON" ? "SPOKE_AT" : "ATTENDED", attendee, conferences[conference.Next(_random)], state: false, file: Article());
        }

        foreach (var d in delegations)
        {
            var file = _entities[d].File;
            Relate("LED_DELEGATION", people[_random.Next(people.Count)], d, state: false, file: file);
            for (var i = 0; i < 10; i++)
            {
                Relate("JOINED_DELEGATION", _random.Next(2) == 0 ? people[_random.Next(people.Count)] : companies[_random.Next(companies.Count)], d, state: false, file: file);
            }

            Relate("VISITED", d, cities[city.Next(_random)], state: false, file: file);
            Relate("VISITED", d, companies[company.Next(_random)], state: false, file: file);
        }

        return new ScaleGraph(_entities, _relationships, _gazetteers, _articles, cities[0], districts[0], companies[0], people[0]);
    }

    private (List<int> Cities, List<int> Districts) BuildPlaces(int provinces)
    {
        var country = Add("place:country", "COUNTRY", "中华人民共和国", "China", 0);
        var provinceIds = new List<int>();
        for (var p = 0; p < provinces; p++)
        {
            var (name, pinyin) = Name(p, 2);
            provinceIds.Add(Add($"place:province-{pinyin}-{p}", "PROVINCE", name + "省", Capital(pinyin) + " Province", p));
            Relate("PART_OF", provinceIds[p], country, state: true, file: p);
        }

        // Place i of a level lies in place i % parents of the level above, so the first city,
        // district and town are nested: the hub district lies in the hub city.
        var cities = Nest(provinceIds, Count(340, 4), "CITY", "市", "city", 1);
        var districts = Nest(cities, Count(3_060, 8), "DISTRICT", "区", "district", 2);
        Nest(districts, Count(15_300, 16), "TOWN", "镇", "town", 3);
        return (cities, districts);
    }

    private List<int> Nest(List<int> parents, int count, string type, string suffix, string word, int length)
    {
        var placed = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            var parent = parents[i % parents.Count];
            var (name, pinyin) = Name(i, length);
            var entity = Add($"place:{word}-{pinyin}-{i}", type, name + suffix, $"{Capital(pinyin)} {Capital(word)}", _entities[parent].File);
            Relate("PART_OF", entity, parent, state: true, file: _entities[parent].File);
            placed.Add(entity);
        }

        return placed;
    }

    private List<int> Declare(string prefix, string type, int count, string suffix, string word)
    {
        var declared = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            var (name, pinyin) = Name(_random.Next(1 << 20), 2);
            declared.Add(Add($"{prefix}:{pinyin}-{word}-{i}", type, name + suffix, $"{Capital(pinyin)} {Capital(word)}", Article()));
        }

        return declared;
    }

    private List<int> DeclarePeople(int count)
    {
        var declared = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            var surname = _random.Next(Surnames.Length / 2) * 2;
            var (given, pinyin) = Name(_random.Next(1 << 20), 1 + _random.Next(2));
            declared.Add(Add($"person:{Surnames[surname + 1]}-{pinyin}-{i}", "PERSON", Surnames[surname] + given, $"{Capital(Surnames[surname + 1])} {Capital(pinyin)}", Article()));
        }

        return declared;
    }

    private static (string Name, string Pinyin) Name(int number, int length)
    {
        var name = new System.Text.StringBuilder();
        var pinyin = new System.Text.StringBuilder();
        var syllables = Syllables.Length / 2;
        for (var i = 0; i < length; i++)
        {
            var s = number % syllables;
            number /= syllables;
            name.Append(Syllables[s * 2]);
            pinyin.Append(Syllables[(s * 2) + 1]);
        }

        return (name.ToString(), pinyin.ToString());
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private int Article() => _gazetteers + _random.Next(_articles);

    /// <summary>
    /// Adds an entity; a name its type already has gets the entity's number, in both languages,
    /// because validation refuses namesakes that do not declare each other distinct.
    /// </summary>
    private int Add(string id, string type, string name, string nameEn, int file)
    {
        if (!_names.Add((type, name)) | !_names.Add((type, nameEn.ToUpperInvariant())))
        {
            var number = _entities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            (name, nameEn) = (name + number, $"{nameEn} {number}");
            _names.Add((type, name));
            _names.Add((type, nameEn.ToUpperInvariant()));
        }

        _entities.Add(new GeneratedEntity(id, type, name, nameEn, file));
        return _entities.Count - 1;
    }

    private void Relate(string type, int from, int to, bool state, int file, string? role = null, int amount = 0)
    {
        if (from == to)
        {
            return;
        }

        var symmetric = type is "MET" or "COOPERATES_WITH";
        var (first, second) = symmetric && string.CompareOrdinal(_entities[from].Id, _entities[to].Id) > 0 ? (to, from) : (from, to);
        if (_identities.Add((type, first, second, role, file)))
        {
            _relationships.Add(new GeneratedRelationship(type, first, second, role, state, amount, file));
        }
    }
}
