<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" version="3.22.16-Białowieża" maxScale="0" hasScaleBasedVisibilityFlag="0" minScale="1e+08" readOnly="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal limitMode="0" endExpression="" startField="" endField="" durationField="" fixedDuration="0" mode="0" startExpression="" durationUnit="min" accumulate="0" enabled="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
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
    <alias name="" field="file" index="0"/>
    <alias name="" field="row" index="1"/>
    <alias name="" field="column" index="2"/>
    <alias name="" field="value" index="3"/>
    <alias name="" field="reason" index="4"/>
  </aliases>
  <defaults>
    <default expression="" field="file" applyOnUpdate="0"/>
    <default expression="" field="row" applyOnUpdate="0"/>
    <default expression="" field="column" applyOnUpdate="0"/>
    <default expression="" field="value" applyOnUpdate="0"/>
    <default expression="" field="reason" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint constraints="0" field="file" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="row" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="column" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="value" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="reason" unique_strength="0" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="file"/>
    <constraint exp="" desc="" field="row"/>
    <constraint exp="" desc="" field="column"/>
    <constraint exp="" desc="" field="value"/>
    <constraint exp="" desc="" field="reason"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" actionWidgetStyle="dropDown" sortExpression="">
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
