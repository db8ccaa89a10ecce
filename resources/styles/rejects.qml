<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="1e+08" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" styleCategories="AllStyleCategories" maxScale="0" readOnly="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" startField="" startExpression="" endField="" durationField="" fixedDuration="0" endExpression="" durationUnit="min" enabled="0" limitMode="0" mode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="file" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="row" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="column" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="value" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="reason" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="file" name=""/>
    <alias index="1" field="row" name=""/>
    <alias index="2" field="column" name=""/>
    <alias index="3" field="value" name=""/>
    <alias index="4" field="reason" name=""/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="file" expression=""/>
    <default applyOnUpdate="0" field="row" expression=""/>
    <default applyOnUpdate="0" field="column" expression=""/>
    <default applyOnUpdate="0" field="value" expression=""/>
    <default applyOnUpdate="0" field="reason" expression=""/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0" field="file"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0" field="row"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0" field="column"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0" field="value"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0" field="reason"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="file" desc=""/>
    <constraint exp="" field="row" desc=""/>
    <constraint exp="" field="column" desc=""/>
    <constraint exp="" field="value" desc=""/>
    <constraint exp="" field="reason" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
