# coding: utf-8

from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization


class ListApplicationGroupsRequest:

    """
    Attributes:
      openapi_types (dict): The key is attribute name
                            and the value is attribute type.
      attribute_map (dict): The key is attribute name
                            and the value is json key in definition.
    """
    sensitive_list = []

    openapi_types = {
        'id_list': 'list[str]',
        'component_id': 'str',
        'application_id': 'str',
        'name_like': 'str',
        'code': 'str',
        'marker': 'str',
        'limit': 'int'
    }

    attribute_map = {
        'id_list': 'id_list',
        'component_id': 'component_id',
        'application_id': 'application_id',
        'name_like': 'name_like',
        'code': 'code',
        'marker': 'marker',
        'limit': 'limit'
    }

    def __init__(self, id_list=None, component_id=None, application_id=None, name_like=None, code=None, marker=None, limit=None):
        r"""ListApplicationGroupsRequest

        The model defined in huaweicloud sdk

        :param id_list: 分组id集合。
        :type id_list: list[str]
        :param component_id: 组件id。
        :type component_id: str
        :param application_id: 应用id。
        :type application_id: str
        :param name_like: 分组名称模糊匹配。
        :type name_like: str
        :param code: 分组code。
        :type code: str
        :param marker: 分页参数，上一页请求最后一个id。
        :type marker: str
        :param limit: 最大的返回数量。
        :type limit: int
        """
        
        

        self._id_list = None
        self._component_id = None
        self._application_id = None
        self._name_like = None
        self._code = None
        self._marker = None
        self._limit = None
        self.discriminator = None

        if id_list is not None:
            self.id_list = id_list
        if component_id is not None:
            self.component_id = component_id
        if application_id is not None:
            self.application_id = application_id
        if name_like is not None:
            self.name_like = name_like
        if code is not None:
            self.code = code
        if marker is not None:
            self.marker = marker
        self.limit = limit

    @property
    def id_list(self):
        r"""Gets the id_list of this ListApplicationGroupsRequest.

        分组id集合。

        :return: The id_list of this ListApplicationGroupsRequest.
        :rtype: list[str]
        """
        return self._id_list

    @id_list.setter
    def id_list(self, id_list):
        r"""Sets the id_list of this ListApplicationGroupsRequest.

        分组id集合。

        :param id_list: The id_list of this ListApplicationGroupsRequest.
        :type id_list: list[str]
        """
        self._id_list = id_list

    @property
    def component_id(self):
        r"""Gets the component_id of this ListApplicationGroupsRequest.

        组件id。

        :return: The component_id of this ListApplicationGroupsRequest.
        :rtype: str
        """
        return self._component_id

    @component_id.setter
    def component_id(self, component_id):
        r"""Sets the component_id of this ListApplicationGroupsRequest.

        组件id。

        :param component_id: The component_id of this ListApplicationGroupsRequest.
        :type component_id: str
        """
        self._component_id = component_id

    @property
    def application_id(self):
        r"""Gets the application_id of this ListApplicationGroupsRequest.

        应用id。

        :return: The application_id of this ListApplicationGroupsRequest.
        :rtype: str
        """
        return self._application_id

    @application_id.setter
    def application_id(self, application_id):
        r"""Sets the application_id of this ListApplicationGroupsRequest.

        应用id。

        :param application_id: The application_id of this ListApplicationGroupsRequest.
        :type application_id: str
        """
        self._application_id = application_id

    @property
    def name_like(self):
        r"""Gets the name_like of this ListApplicationGroupsRequest.

        分组名称模糊匹配。

        :return: The name_like of this ListApplicationGroupsRequest.
        :rtype: str
        """
        return self._name_like

    @name_like.setter
    def name_like(self, name_like):
        r"""Sets the name_like of this ListApplicationGroupsRequest.

        分组名称模糊匹配。

        :param name_like: The name_like of this ListApplicationGroupsRequest.
        :type name_like: str
        """
        self._name_like = name_like

    @property
    def code(self):
        r"""Gets the code of this ListApplicationGroupsRequest.

        分组code。

        :return: The code of this ListApplicationGroupsRequest.
        :rtype: str
        """
        return self._code

    @code.setter
    def code(self, code):
        r"""Sets the code of this ListApplicationGroupsRequest.

        分组code。

        :param code: The code of this ListApplicationGroupsRequest.
        :type code: str
        """
        self._code = code

    @property
    def marker(self):
        r"""Gets the marker of this ListApplicationGroupsRequest.

        分页参数，上一页请求最后一个id。

        :return: The marker of this ListApplicationGroupsRequest.
        :rtype: str
        """
        return self._marker

    @marker.setter
    def marker(self, marker):
        r"""Sets the marker of this ListApplicationGroupsRequest.

        分页参数，上一页请求最后一个id。

        :param marker: The marker of this ListApplicationGroupsRequest.
        :type marker: str
        """
        self._marker = marker

    @property
    def limit(self):
        r"""Gets the limit of this ListApplicationGroupsRequest.

        最大的返回数量。

        :return: The limit of this ListApplicationGroupsRequest.
        :rtype: int
        """
        return self._limit

    @limit.setter
    def limit(self, limit):
        r"""Sets the limit of this ListApplicationGroupsRequest.

        最大的返回数量。

        :param limit: The limit of this ListApplicationGroupsRequest.
        :type limit: int
        """
        self._limit = limit

    def to_dict(self):
        result = {}

        for attr, _ in self.openapi_types.items():
            value = getattr(self, attr)
            if isinstance(value, list):
                result[attr] = list(map(
                    lambda x: x.to_dict() if hasattr(x, "to_dict") else x,
                    value
                ))
            elif hasattr(value, "to_dict"):
                result[attr] = value.to_dict()
            elif isinstance(value, dict):
                result[attr] = dict(map(
                    lambda item: (item[0], item[1].to_dict())
                    if hasattr(item[1], "to_dict") else item,
                    value.items()
                ))
            else:
                if attr in self.sensitive_list:
                    result[attr] = "****"
                else:
                    result[attr] = value

        return result

    def to_str(self):
        """Returns the string representation of the model"""
        import simplejson as json
        return json.dumps(sanitize_for_serialization(self), ensure_ascii=False)

    def __repr__(self):
        """For `print`"""
        return self.to_str()

    def __eq__(self, other):
        """Returns true if both objects are equal"""
        if not isinstance(other, ListApplicationGroupsRequest):
            return False

        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        """Returns true if both objects are not equal"""
        return not self == other
