namespace KnowledgeGraph.Core.Facts;

/// <summary>The stable codes of <see cref="FactError"/>. They never change meaning; new ones may be added.</summary>
public static class FactErrorCodes
{
    /// <summary>The file is larger than <see cref="FactReaderOptions.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "file-too-large";

    /// <summary>The file is not valid UTF-8.</summary>
    public const string NotUtf8 = "not-utf8";

    /// <summary>The file is not well-formed YAML (syntax, duplicate keys, unknown anchors).</summary>
    public const string MalformedYaml = "malformed-yaml";

    /// <summary>YAML the format does not accept: aliases (<c>*name</c>) or nesting far deeper than the format needs.</summary>
    public const string UnsupportedYaml = "unsupported-yaml";

    /// <summary>A value holds a control character (other than tab and line breaks) or a lone surrogate, which no export format can carry.</summary>
    public const string ForbiddenCharacter = "forbidden-character";

    /// <summary>The file holds more than one YAML document.</summary>
    public const string MultipleDocuments = "multiple-documents";

    /// <summary>A value has the wrong shape: a list where a single value belongs, a text where a list belongs.</summary>
    public const string WrongShape = "wrong-shape";

    /// <summary>A key the format does not know, usually a typo (<c>qoute</c>).</summary>
    public const string UnknownKey = "unknown-key";

    /// <summary>A required field is missing or empty.</summary>
    public const string MissingField = "missing-field";

    /// <summary>An entity or relationship type the graph schema does not define.</summary>
    public const string UnknownType = "unknown-type";

    /// <summary>An id not of the form <c>&lt;prefix&gt;:&lt;slug&gt;</c> its kind or type requires.</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>An id declared twice in one run.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A <c>from</c> or <c>to</c> that is neither an entity id nor an entity's name or alias.</summary>
    public const string UnknownReference = "unknown-reference";

    /// <summary>A <c>from</c> or <c>to</c> name or alias that several entities answer to.</summary>
    public const string AmbiguousReference = "ambiguous-reference";

    /// <summary>A relationship joining entity types its type does not allow.</summary>
    public const string ForbiddenJoin = "forbidden-join";

    /// <summary>Two relationships with the same identity (type, ends, role, date or start).</summary>
    public const string DuplicateRelationship = "duplicate-relationship";

    /// <summary>A relationship without evidence.</summary>
    public const string MissingEvidence = "missing-evidence";

    /// <summary>Evidence that cites a source no file declares.</summary>
    public const string UnknownSource = "unknown-source";

    /// <summary>A date that is not <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, or names no real day.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary><c>date</c> on a state type, or <c>validFrom</c>/<c>validTo</c> on an event type.</summary>
    public const string WrongTimeField = "wrong-time-field";

    /// <summary><c>validFrom</c> after <c>validTo</c>.</summary>
    public const string InvalidInterval = "invalid-interval";

    /// <summary>A relationship type that requires a role is given none.</summary>
    public const string RoleRequired = "role-required";

    /// <summary>A role on a relationship type that forbids one.</summary>
    public const string RoleForbidden = "role-forbidden";

    /// <summary>A relationship type that requires an amount is given none.</summary>
    public const string AmountRequired = "amount-required";

    /// <summary>An amount on a relationship type that forbids one.</summary>
    public const string AmountForbidden = "amount-forbidden";

    /// <summary>An amount whose value, unit, currency or flags are not valid.</summary>
    public const string InvalidAmount = "invalid-amount";

    /// <summary>A relationship whose two ends are the same entity.</summary>
    public const string SelfLoop = "self-loop";

    /// <summary>Containment relationships (PART_OF, LOCATED_IN) that lead back to where they started.</summary>
    public const string ContainmentCycle = "containment-cycle";

    /// <summary>An organisation located, at one time, in two different cities (directly or through a district or park).</summary>
    public const string TwoCities = "two-cities";

    /// <summary>A <c>multiSite</c> that is not true or false, or on a relationship that places nothing.</summary>
    public const string InvalidMultiSite = "invalid-multi-site";

    /// <summary>An event dated, or a state begun, after every source it cites was published.</summary>
    public const string DateAfterSource = "date-after-source";

    /// <summary>A date whose year no report of today's places can mean (9999, 0202).</summary>
    public const string ImplausibleDate = "implausible-date";

    /// <summary>A name, alias or quote holding an invisible format character (zero-width space, bidirectional override, byte-order mark).</summary>
    public const string InvisibleCharacter = "invisible-character";

    /// <summary>A name mixing Cyrillic or Greek letters with Latin or Chinese ones: look-alikes that never match a search.</summary>
    public const string MixedScript = "mixed-script";

    /// <summary>A name or alias longer than a name can be.</summary>
    public const string NameTooLong = "name-too-long";

    /// <summary>A source's <c>file</c> that is a path rather than a plain file name.</summary>
    public const string InvalidArticleFile = "invalid-article-file";

    /// <summary>A source's <c>file</c> naming an article that is not in the articles folder being checked against.</summary>
    public const string MissingArticle = "missing-article";

    /// <summary>A quote its source's article does not print, whitespace aside.</summary>
    public const string QuoteNotInArticle = "quote-not-in-article";

    /// <summary>Two entities of one type sharing a name, English name or alias, without declaring each other distinct.</summary>
    public const string Homonym = "homonym";

    /// <summary>An alias that is another entity's name, English name or id, without the two declaring each other distinct.</summary>
    public const string AliasCollision = "alias-collision";

    /// <summary>A <c>distinctFrom</c> naming no declared entity, or the entity itself.</summary>
    public const string InvalidDistinctFrom = "invalid-distinct-from";
}
