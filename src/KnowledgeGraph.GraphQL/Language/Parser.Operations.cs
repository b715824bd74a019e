namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Spec sections 2.3 to 2.8: operations, selection sets, fields, arguments and fragments.</summary>
public ref partial struct Parser
{
    /// <summary>OperationDefinition :: OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Token;
        if (Peek(TokenKind.BraceL))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], selectionSet, LocationFrom(start));
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selection = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variableDefinitions, directives, selection, LocationFrom(start));
    }

    /// <summary>OperationType :: one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return _lexer.TextOf(token) switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary>VariablesDefinition :: ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, static (ref Parser p) => p.ParseVariableDefinition(), TokenKind.ParenR);

    /// <summary>VariableDefinition :: Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Token;
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, LocationFrom(start));
    }

    /// <summary>Variable :: $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Dollar);
        return new VariableNode(ParseName(), LocationFrom(start));
    }

    /// <summary>SelectionSet :: { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token;
        EnterNesting();
        var selections = Many(TokenKind.BraceL, static (ref Parser p) => p.ParseSelection(), TokenKind.BraceR);
        ExitNesting();
        return new SelectionSetNode(selections, LocationFrom(start));
    }

    /// <summary>Selection :: Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field :: Alias? Name Arguments? Directives? SelectionSet?</summary>
    private FieldNode ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>Arguments[Const] :: ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) => isConst
        ? OptionalMany(TokenKind.ParenL, static (ref Parser p) => p.ParseArgument(isConst: true), TokenKind.ParenR)
        : OptionalMany(TokenKind.ParenL, static (ref Parser p) => p.ParseArgument(isConst: false), TokenKind.ParenR);

    /// <summary>Argument[Const] :: Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value, LocationFrom(start));
    }

    /// <summary>
    /// FragmentSpread :: ... FragmentName Directives?
    /// InlineFragment :: ... TypeCondition? Directives? SelectionSet
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, LocationFrom(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>FragmentDefinition :: fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>FragmentName :: Name but not on</summary>
    private NameNode ParseFragmentName() => PeekKeyword("on") ? throw Unexpected() : ParseName();
}
