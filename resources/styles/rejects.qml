<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="1e+08" styleCategories="AllStyleCategories" readOnly="0" maxScale="0" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal endField="" durationField="" enabled="0" mode="0" fixedDuration="0" limitMode="0" startField="" startExpression="" accumulate="0" endExpression="" durationUnit="min">
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
    <field configurationFlags="None" name="file">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="row">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="column">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="value">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="reason">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="file" index="0" name=""/>
    <alias field="row" index="1" name=""/>
    <alias field="column" index="2" name=""/>
    <alias field="value" index="3" name=""/>
    <alias field="reason" index="4" name=""/>
  </aliases>
  <defaults>
    <default field="file" applyOnUpdate="0" expression=""/>
    <default field="row" applyOnUpdate="0" expression=""/>
    <default field="column" applyOnUpdate="0" expression=""/>
    <default field="value" applyOnUpdate="0" expression=""/>
    <default field="reason" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint field="file" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="row" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="column" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="value" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="reason" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="file" desc="" exp=""/>
    <constraint field="row" desc="" exp=""/>
    <constraint field="column" desc="" exp=""/>
    <constraint field="value" desc="" exp=""/>
    <constraint field="reason" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
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
